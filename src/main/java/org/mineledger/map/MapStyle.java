package org.mineledger.map;

import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * Hazard colours as deminers expect them: GICHD Land Release Symbology (IMAS 07.11 Annex C).
 * CHA fill #FF0000 and SHA fill #F4A718 at 50 % transparency; status outline Open = solid red,
 * Worked on = dashed orange, Closed = green.
 */
public final class MapStyle {
    public static final RgbaColor CHA_FILL = RgbaColor.hex("#FF0000", 0.5);
    public static final RgbaColor SHA_FILL = RgbaColor.hex("#F4A718", 0.5);
    public static final RgbaColor RELEASED_FILL = RgbaColor.hex("#3CB44B", 0.35);
    public static final RgbaColor OPEN_OUTLINE = RgbaColor.hex("#C00000", 1);
    public static final RgbaColor WORKED_OUTLINE = RgbaColor.hex("#F08000", 1);
    public static final RgbaColor CLOSED_OUTLINE = RgbaColor.hex("#1E8C2E", 1);
    public static final RgbaColor SELECTED = RgbaColor.hex("#0050FF", 1);

    private MapStyle() {
    }

    /** Fill of an area: by kind while it is hazardous, green once released. */
    public static RgbaColor fill(HazardKind kind, HazardStatus status) {
        if (status == HazardStatus.CANCELLED || status == HazardStatus.CLEARED
                || status == HazardStatus.HANDED_OVER) {
            return RELEASED_FILL;
        }
        return kind == HazardKind.SUSPECTED ? SHA_FILL : CHA_FILL;
    }

    /** Outline of an area by its land-release status. */
    public static Surface.Stroke outline(HazardStatus status) {
        return switch (status) {
            case ACTIVE -> Surface.Stroke.solid(OPEN_OUTLINE, 2);
            case REDUCED -> new Surface.Stroke(WORKED_OUTLINE, 2, 6, 4);
            case CANCELLED, CLEARED, HANDED_OVER -> Surface.Stroke.solid(CLOSED_OUTLINE, 2);
        };
    }

    /** Legend name of the status symbology. */
    public static String statusGroup(HazardStatus status) {
        return switch (status) {
            case ACTIVE -> "Open";
            case REDUCED -> "Worked on";
            case CANCELLED, CLEARED, HANDED_OVER -> "Closed";
        };
    }
}
