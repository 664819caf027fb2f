package org.mineledger.map;

/** Scale bar and north arrow drawn over a map window. */
public final class MapDecorations {
    private static final RgbaColor INK = RgbaColor.hex("#202020", 1);
    private static final RgbaColor PAPER = RgbaColor.hex("#FFFFFF", 0.8);

    private MapDecorations() {
    }

    public static void paint(Surface surface, Viewport view) {
        paintScaleBar(surface, view);
        paintNorthArrow(surface, view);
    }

    /** A cross with a circle marking a position the user asked for. */
    public static void paintMarker(Surface surface, double x, double y) {
        Surface.Stroke halo = Surface.Stroke.solid(RgbaColor.hex("#FFFFFF", 0.9), 4);
        Surface.Stroke ink = Surface.Stroke.solid(RgbaColor.hex("#0050FF", 1), 2);
        for (Surface.Stroke s : new Surface.Stroke[] {halo, ink}) {
            surface.polyline(new double[] {x - 14, x + 14}, new double[] {y, y}, 2, s);
            surface.polyline(new double[] {x, x}, new double[] {y - 14, y + 14}, 2, s);
            surface.dot(x, y, 7, null, s);
        }
    }

    static void paintScaleBar(Surface surface, Viewport view) {
        ScaleBar bar = ScaleBar.of(view, Math.min(200, view.width() / 3));
        double x = 16;
        double y = view.height() - 20;
        double w = bar.pixels();
        surface.polygon(new double[][] {{x - 6, x + w + 6, x + w + 6, x - 6}},
                new double[][] {{y - 22, y - 22, y + 8, y + 8}}, new int[] {4}, PAPER, null);
        Surface.Stroke ink = Surface.Stroke.solid(INK, 2);
        surface.polyline(new double[] {x, x, x + w, x + w}, new double[] {y - 6, y, y, y - 6}, 4, ink);
        surface.polyline(new double[] {x + w / 2, x + w / 2}, new double[] {y - 4, y}, 2, ink);
        surface.text(bar.label(), x, y - 9, 12, INK, false, false);
    }

    static void paintNorthArrow(Surface surface, Viewport view) {
        double cx = view.width() - 30;
        double top = 16;
        surface.polygon(new double[][] {{cx, cx + 9, cx, cx - 9}}, new double[][] {{top, top + 30, top + 22, top + 30}},
                new int[] {4}, INK, Surface.Stroke.solid(INK, 1));
        surface.text("N", cx - 5, top + 46, 14, INK, true, true);
    }
}
