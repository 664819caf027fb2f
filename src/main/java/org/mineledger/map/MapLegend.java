package org.mineledger.map;

import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/** The hazard legend (fill by kind, outline by land-release status) drawn in a map window's lower right corner. */
public final class MapLegend {
    private static final RgbaColor INK = RgbaColor.hex("#202020", 1);
    private static final RgbaColor PAPER = RgbaColor.hex("#FFFFFF", 0.88);
    private static final double ROW = 20;
    private static final double WIDTH = 215;

    private record Entry(String label, RgbaColor fill, Surface.Stroke stroke) {
    }

    private static final Entry[] ENTRIES = {
        new Entry("Confirmed hazard area (CHA)", MapStyle.fill(HazardKind.CONFIRMED, HazardStatus.ACTIVE),
                MapStyle.outline(HazardStatus.ACTIVE)),
        new Entry("Laid minefield (LMF)", MapStyle.fill(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE),
                MapStyle.outline(HazardStatus.ACTIVE)),
        new Entry("Suspected hazard area (SHA)", MapStyle.fill(HazardKind.SUSPECTED, HazardStatus.ACTIVE),
                MapStyle.outline(HazardStatus.ACTIVE)),
        new Entry("Worked on (reduced)", MapStyle.fill(HazardKind.CONFIRMED, HazardStatus.REDUCED),
                MapStyle.outline(HazardStatus.REDUCED)),
        new Entry("Released land (closed)",
                MapStyle.fill(HazardKind.CONFIRMED, HazardStatus.CLEARED), MapStyle.outline(HazardStatus.CLEARED)),
    };

    private MapLegend() {
    }

    public static void paint(Surface surface, Viewport view) {
        double h = ROW * ENTRIES.length + 26;
        double x = view.width() - WIDTH - 12;
        double y = view.height() - h - 12;
        surface.polygon(new double[][] {{x, x + WIDTH, x + WIDTH, x}}, new double[][] {{y, y, y + h, y + h}},
                new int[] {4}, PAPER, Surface.Stroke.solid(RgbaColor.hex("#808080", 1), 1));
        surface.text("Legend", x + 8, y + 16, 12, INK, true, false);
        for (int i = 0; i < ENTRIES.length; i++) {
            Entry e = ENTRIES[i];
            double top = y + 24 + i * ROW;
            surface.polygon(new double[][] {{x + 8, x + 34, x + 34, x + 8}},
                    new double[][] {{top + 2, top + 2, top + 15, top + 15}}, new int[] {4}, e.fill(), e.stroke());
            surface.text(e.label(), x + 42, top + 13, 11, INK, false, false);
        }
    }
}
