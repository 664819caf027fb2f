package org.mineledger.model;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Checks that a WGS84 polygon (x = longitude, y = latitude) can bound a hazard area. */
public final class BoundaryRules {
    /**
     * Longest boundary without holes (coordinates, the closing one included) that {@link SimpleRing} may prove
     * simple instead of IsValidOp. Measured warm on JDK 17 (2026-11-27, random rings at WGS84 coordinates,
     * per ring): at 64 corners the pair test takes 11 µs on a star-shaped ring, 6 µs on a spiky star and 13 µs
     * on a zigzag whose segment boxes all overlap (its worst case), against 24, 35 and 69 µs for IsValidOp; at
     * 6 corners 0.1-0.15 µs against 0.6-0.8 µs. The pair test is quadratic, so its lead shrinks with length
     * (1.5× at 256 corners on a star): 64 keeps the typical hazard area (a handful to a few dozen corners) on
     * the fast path and bounds its worst case to about 2,000 segment pairs.
     */
    private static final int FAST_PATH_MAX_COORDINATES = 64;

    private BoundaryRules() {
    }

    /** Throws {@link InvalidPolygonException} naming the first fault and its vertex. */
    public static void check(Polygon polygon) {
        checkRings(polygon);
        if (polygon.getNumInteriorRing() == 0) {
            Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
            if (shell.length <= FAST_PATH_MAX_COORDINATES && SimpleRing.isProvenSimple(shell)) {
                return;
            }
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            int vertex = at == null ? 0 : vertexNear(polygon.getExteriorRing(), at);
            String where = at == null ? "" : String.format(" at lat %.7f, lon %.7f", at.y, at.x);
            String vertexText = vertex > 0 ? " near vertex " + vertex : "";
            throw new InvalidPolygonException("The boundary is not valid: " + error.getMessage().toLowerCase()
                    + vertexText + where + ". Move or delete that corner.", vertex);
        }
    }

    /**
     * The cheap part of {@link #check}, linear in the vertices: the polygon is not empty and every ring is
     * closed, has at least three corners and lies on the globe. Not checked: self-intersections, holes
     * outside the boundary and other topology faults.
     */
    public static void checkRings(Polygon polygon) {
        if (polygon == null || polygon.isEmpty()) {
            throw new InvalidPolygonException("The boundary is empty: draw or enter at least three corners.", 0);
        }
        checkRing(polygon.getExteriorRing(), "boundary");
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            checkRing(polygon.getInteriorRingN(i), "hole " + (i + 1));
        }
    }

    private static void checkRing(LinearRing ring, String name) {
        // read through the sequence: no Coordinate objects made (an import checks tens of thousands of rings)
        CoordinateSequence c = ring.getCoordinateSequence();
        int n = c.size();
        if (n < 4) {
            throw new InvalidPolygonException("The " + name + " has " + Math.max(0, n - 1)
                    + " corners; a hazard area needs at least three.", 0);
        }
        for (int i = 0; i < n; i++) {
            double x = c.getX(i);
            double y = c.getY(i);
            if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(y) > 90 || Math.abs(x) > 180) {
                throw new InvalidPolygonException(String.format(
                        "Vertex %d of the %s is outside the globe (lat %s, lon %s). Check the coordinate.",
                        i + 1, name, y, x), i + 1);
            }
        }
        if (c.getX(0) != c.getX(n - 1) || c.getY(0) != c.getY(n - 1)) {
            throw new InvalidPolygonException("The " + name + " is not closed: the last vertex must equal the first.",
                    n);
        }
    }

    private static int vertexNear(LinearRing ring, Coordinate at) {
        Coordinate[] c = ring.getCoordinates();
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < c.length - 1; i++) {
            double d = c[i].distance(at);
            if (d < bestD) {
                bestD = d;
                best = i + 1;
            }
        }
        return best;
    }
}
