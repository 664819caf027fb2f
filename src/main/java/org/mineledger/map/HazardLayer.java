package org.mineledger.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineledger.model.HazardArea;

/**
 * Hazard areas prepared for drawing: projected once to display coordinates and held in a spatial index,
 * so a frame only touches what is in the window.
 */
public final class HazardLayer {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final STRtree index = new STRtree();
    private final List<Shape> shapes = new ArrayList<>();
    /** Shapes by size (largest envelope side first) with flat centres and dot colours, for whole-country frames. */
    private Shape[] bySize;
    private double[] sizes;
    private double[] centreX;
    private double[] centreY;
    private RgbaColor[] dotColour;
    private final java.util.Map<Long, Shape> byId = new java.util.HashMap<>();

    /** One hazard in display (Web Mercator) metres; ring 0 is the boundary, others are holes. */
    public record Shape(HazardArea area, double[][] xs, double[][] ys, Envelope envelope) {
    }

    public HazardLayer(List<HazardArea> areas) {
        for (HazardArea area : areas) {
            int rings = area.ringCount();
            double[][] xs = new double[rings][];
            double[][] ys = new double[rings][];
            Envelope env = new Envelope();
            for (int r = 0; r < rings; r++) {
                double[][] lonLat = area.ring(r);
                xs[r] = lonLat[0];
                ys[r] = lonLat[1];
                for (int i = 0; i < xs[r].length; i++) {
                    xs[r][i] = Viewport.mercX(xs[r][i]);
                    ys[r][i] = Viewport.mercY(ys[r][i]);
                    env.expandToInclude(xs[r][i], ys[r][i]);
                }
            }
            Shape shape = new Shape(area, xs, ys, env);
            shapes.add(shape);
            byId.put(area.id(), shape);
            index.insert(env, shape);
        }
        index.build();
        sortBySize();
    }

    private void sortBySize() {
        bySize = shapes.toArray(new Shape[0]);
        java.util.Arrays.sort(bySize, (a, b) -> Double.compare(side(b), side(a)));
        int n = bySize.length;
        sizes = new double[n];
        centreX = new double[n];
        centreY = new double[n];
        dotColour = new RgbaColor[n];
        for (int i = 0; i < n; i++) {
            Envelope e = bySize[i].envelope();
            sizes[i] = side(bySize[i]);
            centreX[i] = (e.getMinX() + e.getMaxX()) / 2;
            centreY[i] = (e.getMinY() + e.getMaxY()) / 2;
            dotColour[i] = MapStyle.outline(bySize[i].area().status()).color();
        }
    }

    private static double side(Shape s) {
        return Math.max(s.envelope().getWidth(), s.envelope().getHeight());
    }

    /** How many shapes have an envelope side of at least {@code displayMetres}; they come first in size order. */
    int countAtLeast(double displayMetres) {
        int lo = 0;
        int hi = sizes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sizes[mid] >= displayMetres) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The {@code i}-th shape in size order (largest first). */
    Shape bySize(int i) {
        return bySize[i];
    }

    double centreX(int i) {
        return centreX[i];
    }

    double centreY(int i) {
        return centreY[i];
    }

    RgbaColor dotColour(int i) {
        return dotColour[i];
    }

    /** The shape of the area with this id, if it is in the layer. */
    Optional<Shape> shape(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return shapes.size();
    }

    public List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    /** Shapes whose envelope meets the window. */
    @SuppressWarnings("unchecked")
    public List<Shape> visible(Viewport view) {
        return index.query(view.displayWindow());
    }

    /** The hazard under a screen point, the smallest when several overlap. */
    @SuppressWarnings("unchecked")
    public Optional<HazardArea> hitAt(Viewport view, double screenX, double screenY) {
        double lon = view.lonAt(screenX);
        double lat = view.latAt(screenY);
        double mx = Viewport.mercX(lon);
        double my = Viewport.mercY(lat);
        List<Shape> candidates = index.query(new Envelope(mx, mx, my, my));
        var point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return candidates.stream()
                .filter(s -> s.area().polygon().covers(point))
                .min((a, b) -> Double.compare(a.envelope().getArea(), b.envelope().getArea()))
                .map(Shape::area);
    }

    /** Lon/lat envelope of all areas, or a null envelope when the layer is empty. */
    public Envelope extentLonLat() {
        Envelope e = new Envelope();
        for (Shape s : shapes) {
            e.expandToInclude(s.area().envelope());
        }
        return e;
    }
}
