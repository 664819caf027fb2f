package org.mineledger.report;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;

/**
 * Lon/lat geometries turned into surface paths (points from the page's top-left, y down) of one map extract,
 * cut first to the extract's neighbourhood so that far-away vertices (a country outline) never reach the
 * projection.
 */
final class PagePaths {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final ExtractPlacement at;
    private final double pageHeight;
    private final Envelope window;
    private final Geometry windowPolygon;

    /** Rings or lines of one geometry on the page. */
    record Paths(double[][] xs, double[][] ys, int[] counts, boolean area) {
        int size() {
            return counts.length;
        }
    }

    PagePaths(ExtractPlacement at, double pageHeight) {
        this.at = at;
        this.pageHeight = pageHeight;
        Envelope e = new Envelope();
        for (double[] c : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0}, {0.5, 1}, {0, 0.5}, {1, 0.5}}) {
            GeoPoint p = at.atPage(at.left() + c[0] * at.width(), at.bottom() + c[1] * at.height());
            e.expandToInclude(p.lon(), p.lat());
        }
        e.expandBy(e.getWidth() * 0.1, e.getHeight() * 0.1);
        this.window = e;
        this.windowPolygon = GEOMETRY.toGeometry(e);
    }

    /** Lon/lat envelope a little larger than the frame. */
    Envelope window() {
        return window;
    }

    boolean touches(Geometry g) {
        return window.intersects(g.getEnvelopeInternal());
    }

    /** The part of {@code g} near the frame, on the page; empty paths when none of it is. */
    Paths of(Geometry g) {
        Geometry near = window.contains(g.getEnvelopeInternal()) ? g
                : OverlayNGRobust.overlay(g, windowPolygon, OverlayNG.INTERSECTION);
        List<Coordinate[]> parts = new ArrayList<>();
        boolean area = false;
        for (int i = 0; i < near.getNumGeometries(); i++) {
            Geometry part = near.getGeometryN(i);
            if (part instanceof Polygon p) {
                area = true;
                parts.add(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    parts.add(p.getInteriorRingN(h).getCoordinates());
                }
            } else if (part instanceof LineString l) {
                parts.add(l.getCoordinates());
            }
        }
        double[][] xs = new double[parts.size()][];
        double[][] ys = new double[parts.size()][];
        int[] counts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] c = parts.get(i);
            xs[i] = new double[c.length];
            ys[i] = new double[c.length];
            for (int j = 0; j < c.length; j++) {
                double[] s = surface(new GeoPoint(c[j].y, c[j].x));
                xs[i][j] = s[0];
                ys[i][j] = s[1];
            }
            counts[i] = c.length;
        }
        return new Paths(xs, ys, counts, area);
    }

    /** Surface position (x, y down from the page top) of a ground point. */
    double[] surface(GeoPoint p) {
        double[] page = at.toPage(p);
        return new double[] {page[0], pageHeight - page[1]};
    }
}
