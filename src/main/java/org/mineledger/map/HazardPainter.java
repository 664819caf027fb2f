package org.mineledger.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.HazardArea;

/** Draws hazard areas with the land-release symbology, the selected one highlighted, labels when large enough. */
public final class HazardPainter {
    private static final double LABEL_MIN_PX = 40;
    private static final double TINY_PX = 3;
    /** Areas smaller than this many pixels across are drawn solid, without an outline. */
    static final double SMALL_PX = 8;

    /** Which parts of the hazard layer are shown. */
    public record Options(boolean fills, boolean labels) {
        public static final Options ALL = new Options(true, true);
    }

    /** Draws the hazards of {@code layer} that are in the window and returns how many were drawn. */
    public int paint(Surface surface, Viewport view, HazardLayer layer, long selectedId, Options options) {
        double res = view.resolution();
        Envelope window = view.displayWindow();
        int drawn = 0;
        // Areas that would be smaller than a few pixels come last in the layer's size order; at national scale they
        // are most of the layer, so they are swept as flat arrays into one dot per screen cell instead of being
        // looked up and drawn one by one.
        int large = layer.countAtLeast(TINY_PX * res);
        for (HazardLayer.Shape shape : largeInWindow(layer, view, window, large, TINY_PX * res)) {
            HazardArea area = shape.area();
            double side = Math.max(shape.envelope().getWidth(), shape.envelope().getHeight()) / res;
            if (side < SMALL_PX) {
                // too small for fill and outline to be told apart: one solid shape in the status colour, like
                // the cells of the tiny areas, and no stroke to widen (the costliest part of rasterising)
                drawShape(surface, view, shape, MapStyle.outline(area.status()).color(), null);
            } else {
                drawShape(surface, view, shape, options.fills() ? MapStyle.fill(area.kind(), area.status()) : null,
                        MapStyle.outline(area.status()));
            }
            drawn++;
            if (options.labels() && side >= LABEL_MIN_PX) {
                double cx = view.width() / 2 + (shape.envelope().centre().x - view.centerX()) / res;
                double cy = view.height() / 2 - (shape.envelope().centre().y - view.centerY()) / res;
                surface.text(area.reference().value(), cx - 24, cy + 4, 12, RgbaColor.hex("#000000", 1), true, true);
            }
        }
        if (large < layer.size()) {
            DotCells dots = new DotCells(view.width(), view.height());
            for (int i = large; i < layer.size(); i++) {
                double x = layer.centreX(i);
                double y = layer.centreY(i);
                if (window.contains(x, y)) {
                    dots.add(view.width() / 2 + (x - view.centerX()) / res,
                            view.height() / 2 - (y - view.centerY()) / res, layer.dotColour(i));
                    drawn++;
                }
            }
            dots.paint(surface);
        }
        if (selectedId != 0) {
            layer.shape(selectedId).filter(s -> window.intersects(s.envelope())).ifPresent(s ->
                    drawShape(surface, view, s, null, Surface.Stroke.solid(MapStyle.SELECTED, 4)));
        }
        return drawn;
    }

    /**
     * Outlines the areas {@code ids} that are selected besides the focused one (which {@link #paint} draws), dashed
     * and thinner, so a user sees which areas an action on the selection takes.
     */
    public void outlineSelected(Surface surface, Viewport view, HazardLayer layer, Collection<Long> ids) {
        Envelope window = view.displayWindow();
        for (long id : ids) {
            layer.shape(id).filter(s -> window.intersects(s.envelope())).ifPresent(s -> drawShape(surface, view, s,
                    null, new Surface.Stroke(MapStyle.SELECTED, 2.5, 8, 4)));
        }
    }

    /** The shapes at least {@code minSide} display metres across that meet the window. */
    private static List<HazardLayer.Shape> largeInWindow(HazardLayer layer, Viewport view, Envelope window, int large,
            double minSide) {
        if (large < layer.size() / 4) {
            List<HazardLayer.Shape> out = new ArrayList<>();
            for (int i = 0; i < large; i++) {
                if (window.intersects(layer.bySize(i).envelope())) {
                    out.add(layer.bySize(i));
                }
            }
            return out;
        }
        List<HazardLayer.Shape> out = new ArrayList<>();
        for (HazardLayer.Shape s : layer.visible(view)) {
            if (Math.max(s.envelope().getWidth(), s.envelope().getHeight()) >= minSide) {
                out.add(s);
            }
        }
        return out;
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
