package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.GeoPoint;

/**
 * Puts the rings of a repaired area back in the user's terms: each ring runs the way it was drawn and starts at
 * the first drawn corner it kept, and the holes come in their drawn order, so corner and hole numbers stay
 * familiar after the fix.
 */
final class DrawnOrder {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private DrawnOrder() {
    }

    /**
     * @param cuts the repaired drawn holes, null where a hole was left out (tells which drawn hole a hole
     *             of the repair comes from)
     */
    static Geometry like(Geometry fixed, List<GeoPoint> shell, List<List<GeoPoint>> holes, List<Geometry> cuts) {
        List<Polygon> parts = new ArrayList<>();
        for (int n = 0; n < fixed.getNumGeometries(); n++) {
            Polygon p = (Polygon) fixed.getGeometryN(n);
            if (p.isEmpty()) {
                continue;
            }
            List<LinearRing> inner = new ArrayList<>();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                inner.add(p.getInteriorRingN(i));
            }
            inner.sort(Comparator.comparingInt(r -> source(r, cuts)));
            LinearRing[] ordered = new LinearRing[inner.size()];
            for (int i = 0; i < ordered.length; i++) {
                int s = source(inner.get(i), cuts);
                ordered[i] = s < holes.size() ? like(inner.get(i), holes.get(s)) : inner.get(i);
            }
            parts.add(WGS84.createPolygon(like(p.getExteriorRing(), shell), ordered));
        }
        if (parts.isEmpty()) {
            return WGS84.createPolygon();
        }
        return parts.size() == 1 ? parts.get(0) : WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** Index of the first drawn hole the ring's inside belongs to; past the end when none. */
    static int source(LinearRing r, List<Geometry> cuts) {
        Coordinate inside = InteriorPointArea.getInteriorPoint(WGS84.createPolygon(r));
        for (int i = 0; i < cuts.size(); i++) {
            if (inside != null && cuts.get(i) != null && cuts.get(i).covers(WGS84.createPoint(inside))) {
                return i;
            }
        }
        return cuts.size();
    }

    private static LinearRing like(LinearRing ring, List<GeoPoint> drawn) {
        if (drawn.size() < 3) {
            return ring;
        }
        Coordinate[] c = Arrays.copyOf(ring.getCoordinates(), ring.getNumPoints() - 1);
        if (Orientation.isCCW(ring.getCoordinates()) != Orientation.isCCWArea(Rings.closed(drawn))) {
            java.util.Collections.reverse(Arrays.asList(c));
        }
        int start = 0;
        search:
        for (GeoPoint g : drawn) {
            for (int i = 0; i < c.length; i++) {
                if (c[i].x == g.lon() && c[i].y == g.lat()) {
                    start = i;
                    break search;
                }
            }
        }
        Coordinate[] out = new Coordinate[c.length + 1];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[(start + i) % c.length].copy();
        }
        out[c.length] = out[0].copy();
        return WGS84.createLinearRing(out);
    }
}
