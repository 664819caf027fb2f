package org.mineledger.map;

import java.util.BitSet;
import java.util.List;
import org.mineledger.model.HazardArea;

/** Draws hazard areas with the land-release symbology, the selected one highlighted, labels when large enough. */
public final class HazardPainter {
    private static final double LABEL_MIN_PX = 40;
    private static final double TINY_PX = 3;

    /** Which parts of the hazard layer are shown. */
    public record Options(boolean fills, boolean labels) {
        public static final Options ALL = new Options(true, true);
    }

    /** Draws the hazards of {@code layer} that are in the window and returns how many were drawn. */
    public int paint(Surface surface, Viewport view, HazardLayer layer, long selectedId, Options options) {
        List<HazardLayer.Shape> visible = layer.visible(view);
        HazardLayer.Shape selected = null;
        // Areas smaller than a few pixels become one dot per pixel: at national scale tens of thousands of areas
        // share a few thousand pixels, and drawing each again would only cost time.
        int w = (int) Math.ceil(view.width());
        int h = (int) Math.ceil(view.height());
        BitSet dotted = new BitSet(Math.max(0, w * h));
        for (HazardLayer.Shape shape : visible) {
            HazardArea area = shape.area();
            double pxW = shape.envelope().getWidth() / view.resolution();
            double pxH = shape.envelope().getHeight() / view.resolution();
            if (area.id() == selectedId) {
                selected = shape;
            }
            if (pxW < TINY_PX && pxH < TINY_PX) {
                double cx = view.width() / 2 + (shape.envelope().centre().x - view.centerX()) / view.resolution();
                double cy = view.height() / 2 - (shape.envelope().centre().y - view.centerY()) / view.resolution();
                int px = (int) cx;
                int py = (int) cy;
                if (px >= 0 && py >= 0 && px < w && py < h && !dotted.get(py * w + px)) {
                    dotted.set(py * w + px);
                    surface.dot(cx, cy, 1.5, MapStyle.outline(area.status()).color(), null);
                }
                continue;
            }
            drawShape(surface, view, shape, options.fills() ? MapStyle.fill(area.kind(), area.status()) : null,
                    MapStyle.outline(area.status()));
            if (options.labels() && Math.max(pxW, pxH) >= LABEL_MIN_PX) {
                double cx = view.width() / 2 + (shape.envelope().centre().x - view.centerX()) / view.resolution();
                double cy = view.height() / 2 - (shape.envelope().centre().y - view.centerY()) / view.resolution();
                surface.text(area.reference().value(), cx - 24, cy + 4, 12, RgbaColor.hex("#000000", 1), true, true);
            }
        }
        if (selected != null) {
            drawShape(surface, view, selected, null, Surface.Stroke.solid(MapStyle.SELECTED, 4));
        }
        return visible.size();
    }

    private static void drawShape(Surface surface, Viewport view, HazardLayer.Shape shape, RgbaColor fill,
            Surface.Stroke stroke) {
        int rings = shape.xs().length;
        double[][] xs = new double[rings][];
        double[][] ys = new double[rings][];
        int[] counts = new int[rings];
        for (int r = 0; r < rings; r++) {
            int len = shape.xs()[r].length;
            xs[r] = new double[len];
            ys[r] = new double[len];
            counts[r] = ScreenPath.project(shape.xs()[r], shape.ys()[r], view, xs[r], ys[r]);
        }
        surface.polygon(xs, ys, counts, fill, stroke);
    }
}
