package org.mineledger.report;

import java.util.List;
import org.mineledger.map.LayerKind;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/** Base-map symbols for paper: the screen's topographic colours with line widths in points for print. */
final class PrintSymbols {
    static final RgbaColor INK = RgbaColor.hex("#202020", 1);
    static final RgbaColor WATER_INK = RgbaColor.hex("#2F5D8A", 1);

    private PrintSymbols() {
    }

    static RgbaColor fill(LayerKind kind) {
        return switch (kind) {
            case COUNTRY_BORDER -> RgbaColor.hex("#F4F1E8", 1);
            case LAKE -> RgbaColor.hex("#A9CBEA", 1);
            case VILLAGE -> RgbaColor.hex("#D8C3AA", 0.9);
            case FOREST -> RgbaColor.hex("#B5D6A1", 0.9);
            case FARMLAND -> RgbaColor.hex("#F0E6B2", 0.9);
            default -> RgbaColor.hex("#DDDDDD", 0.6);
        };
    }

    static Surface.Stroke outline(LayerKind kind) {
        return switch (kind) {
            case COUNTRY_BORDER -> Surface.Stroke.solid(RgbaColor.hex("#8E8E8E", 1), 0.5);
            case LAKE -> Surface.Stroke.solid(RgbaColor.hex("#4A90D9", 1), 0.5);
            case VILLAGE -> Surface.Stroke.solid(RgbaColor.hex("#9C7A5B", 1), 0.4);
            default -> null;
        };
    }

    static List<Surface.Stroke> lines(LayerKind kind, String cls) {
        return switch (kind) {
            case STATE_BORDER -> List.of(Surface.Stroke.solid(RgbaColor.hex("#B08CC8", 0.6), 4),
                    new Surface.Stroke(RgbaColor.hex("#6A2C91", 1), 1.2, 6, 2, 1, 2));
            case ROAD -> "main".equals(cls)
                    ? List.of(Surface.Stroke.solid(RgbaColor.hex("#8A5A00", 1), 3),
                            Surface.Stroke.solid(RgbaColor.hex("#F0A830", 1), 2))
                    : List.of(Surface.Stroke.solid(RgbaColor.hex("#9A7A30", 1), 2.2),
                            Surface.Stroke.solid(RgbaColor.hex("#FCE08A", 1), 1.3));
            case TRACK -> List.of(new Surface.Stroke(RgbaColor.hex("#7A4E24", 1), 0.8, 3, 2));
            case RIVER -> List.of(Surface.Stroke.solid(RgbaColor.hex("#3C7FC8", 1), 1.2));
            default -> List.of(Surface.Stroke.solid(RgbaColor.hex("#777777", 1), 0.6));
        };
    }
}
