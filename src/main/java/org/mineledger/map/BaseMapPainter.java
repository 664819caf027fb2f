package org.mineledger.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws base maps in topographic colours. Each map is projected to display metres once and kept, so a frame
 * costs only the features in the window; detailed layers appear only when zoomed in far enough to read them.
 */
public final class BaseMapPainter {
    /** Display metres per pixel above which detailed (large-scale) layers are left out. */
    private static final double DETAIL_MAX_RESOLUTION = 60;
    private static final RgbaColor INK = RgbaColor.hex("#303030", 1);
    private final Map<BaseMap, List<Prepared>> prepared = new IdentityHashMap<>();

    /** A feature in display metres: one or more paths, closed for areas. */
    private record Prepared(LayerKind kind, String cls, String label, boolean area, List<double[][]> paths,
            Envelope envelope) {
    }

    public void paint(Surface surface, Viewport view, List<BaseMap> maps) {
        paint(surface, view, maps, EnumSet.allOf(LayerKind.class));
    }

    /** Draws only the features of the layer kinds in {@code shown} (the map's layers panel). */
    public void paint(Surface surface, Viewport view, List<BaseMap> maps, Set<LayerKind> shown) {
        for (BaseMap map : maps) {
            paint(surface, view, map, shown);
        }
    }

    public void paint(Surface surface, Viewport view, BaseMap map) {
        paint(surface, view, map, EnumSet.allOf(LayerKind.class));
    }

    private void paint(Surface surface, Viewport view, BaseMap map, Set<LayerKind> shown) {
        boolean detailed = view.resolution() <= DETAIL_MAX_RESOLUTION;
        Envelope window = view.displayWindow();
        List<Prepared> labels = new ArrayList<>();
        for (Prepared f : prepared.computeIfAbsent(map, BaseMapPainter::prepare)) {
            if (f.kind() != LayerKind.COUNTRY_BORDER && !detailed || !shown.contains(f.kind())
                    || !window.intersects(f.envelope())) {
                continue;
            }
            if (f.kind() == LayerKind.LABEL || !f.area() && f.paths().isEmpty()) {
                labels.add(f);
                continue;
            }
            draw(surface, view, f);
            if (f.kind() == LayerKind.VILLAGE && !f.label().isEmpty() && f.area()) {
                labels.add(f);
            }
        }
        for (Prepared f : labels) {
            if (f.label().isEmpty()) {
                continue;
            }
            double x = (f.envelope().centre().x - view.centerX()) / view.resolution() + view.width() / 2;
            double y = (view.centerY() - f.envelope().centre().y) / view.resolution() + view.height() / 2;
            boolean village = f.kind() == LayerKind.VILLAGE;
            surface.text(f.label(), x - f.label().length() * 3.2, y + 4, village ? 13 : 11,
                    village ? INK : RgbaColor.hex("#2F5D8A", 1), village, true);
        }
    }

    private static void draw(Surface surface, Viewport view, Prepared f) {
        int n = f.paths().size();
        double[][] xs = new double[n][];
        double[][] ys = new double[n][];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            double[][] path = f.paths().get(i);
            xs[i] = new double[path[0].length];
            ys[i] = new double[path[0].length];
            counts[i] = ScreenPath.project(path[0], path[1], view, xs[i], ys[i]);
        }
        if (f.area()) {
            surface.polygon(xs, ys, counts, BaseMapSymbols.fill(f.kind()), BaseMapSymbols.outline(f.kind(), 1));
            return;
        }
        for (Surface.Stroke stroke : BaseMapSymbols.lines(f.kind(), f.cls(), 1)) {
            for (int i = 0; i < n; i++) {
                surface.polyline(xs[i], ys[i], counts[i], stroke);
            }
        }
    }

    private static List<Prepared> prepare(BaseMap map) {
        List<Prepared> out = new ArrayList<>();
        for (BaseLayer layer : map.layers()) {
            for (BaseFeature feature : layer.features()) {
                Geometry g = feature.geometry();
                List<double[][]> paths = new ArrayList<>();
                boolean area = false;
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry part = g.getGeometryN(i);
                    if (part instanceof Polygon p) {
                        area = true;
                        paths.add(project(p.getExteriorRing().getCoordinates()));
                        for (int h = 0; h < p.getNumInteriorRing(); h++) {
                            paths.add(project(p.getInteriorRingN(h).getCoordinates()));
                        }
                    } else if (part instanceof LineString l) {
                        paths.add(project(l.getCoordinates()));
                    } else if (!(part instanceof Point)) {
                        continue;
                    }
                }
                Envelope env = new Envelope();
                Envelope ll = g.getEnvelopeInternal();
                env.expandToInclude(Viewport.mercX(ll.getMinX()), Viewport.mercY(ll.getMinY()));
                env.expandToInclude(Viewport.mercX(ll.getMaxX()), Viewport.mercY(ll.getMaxY()));
                out.add(new Prepared(layer.kind(), feature.cls(), feature.label(), area, paths, env));
            }
        }
        return out;
    }

    private static double[][] project(Coordinate[] c) {
        double[] xs = new double[c.length];
        double[] ys = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            xs[i] = Viewport.mercX(c[i].x);
            ys[i] = Viewport.mercY(c[i].y);
        }
        return new double[][] {xs, ys};
    }
}
