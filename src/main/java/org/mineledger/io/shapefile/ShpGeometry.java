package org.mineledger.io.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Decodes the content of one .shp record (ESRI Shapefile Technical Description, July 1998) into JTS geometry
 * in the file's own coordinates. Polygon rings follow the ESRI rule: clockwise rings are outer boundaries,
 * counter-clockwise rings are holes of the outer ring that contains them.
 */
final class ShpGeometry {
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel());

    /** A record that cannot be decoded; the reader adds file and record number. */
    static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;

        Fault(String problem) {
            super(problem, null, false, false);
        }
    }

    private ShpGeometry() {
    }

    /** The geometry of a record, or null for a Null shape. {@code b} is little-endian, at the shape type. */
    static Geometry decode(ByteBuffer b, int maxVertices) throws Fault {
        need(b, 4);
        int type = b.getInt();
        switch (type) {
            case 0:
                return null;
            case 1, 11, 21:
                need(b, 16);
                return FACTORY.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
            case 8, 18, 28: {
                need(b, 36);
                b.position(b.position() + 32);
                int n = count(b, maxVertices, "points");
                need(b, 16L * n);
                Coordinate[] c = new Coordinate[n];
                for (int i = 0; i < n; i++) {
                    c[i] = new Coordinate(b.getDouble(), b.getDouble());
                }
                return FACTORY.createMultiPointFromCoords(c);
            }
            case 3, 13, 23, 5, 15, 25: {
                List<Coordinate[]> parts = parts(b, maxVertices);
                boolean polygon = type % 10 == 5;
                return polygon ? polygon(parts) : lines(parts);
            }
            default:
                throw new Fault("shape type " + type + " is not supported (use Point, PolyLine, Polygon or "
                        + "MultiPoint).");
        }
    }

    private static List<Coordinate[]> parts(ByteBuffer b, int maxVertices) throws Fault {
        need(b, 40);
        b.position(b.position() + 32);
        int numParts = b.getInt();
        int numPoints = count(b, maxVertices, "points");
        if (numParts <= 0 || numParts > numPoints) {
            throw new Fault("it claims " + numParts + " parts for " + numPoints + " points; the file is damaged.");
        }
        need(b, 4L * numParts + 16L * numPoints);
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) {
            starts[i] = b.getInt();
            if (starts[i] < 0 || starts[i] >= numPoints || (i > 0 && starts[i] < starts[i - 1])) {
                throw new Fault("part " + (i + 1) + " starts at point " + starts[i] + ", outside the "
                        + numPoints + " points; the file is damaged.");
            }
        }
        starts[numParts] = numPoints;
        List<Coordinate[]> out = new ArrayList<>(numParts);
        for (int p = 0; p < numParts; p++) {
            Coordinate[] c = new Coordinate[starts[p + 1] - starts[p]];
            for (int i = 0; i < c.length; i++) {
                c[i] = new Coordinate(b.getDouble(), b.getDouble());
            }
            out.add(c);
        }
        return out;
    }

    private static Geometry polygon(List<Coordinate[]> rings) throws Fault {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            Coordinate[] c = rings.get(i);
            if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
                throw new Fault("ring " + (i + 1) + " has " + c.length + " points and is "
                        + (c.length >= 4 ? "not closed" : "too short") + "; a polygon ring needs at least four "
                        + "points, the last equal to the first.");
            }
            LinearRing ring = FACTORY.createLinearRing(c);
            (Orientation.isCCW(c) ? holes : shells).add(ring);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<Polygon> shellPolygons = new ArrayList<>();
        for (LinearRing s : shells) {
            holesOf.add(new ArrayList<>());
            shellPolygons.add(FACTORY.createPolygon(s));
        }
        for (LinearRing h : holes) {
            int owner = -1;
            for (int i = 0; i < shellPolygons.size() && owner < 0; i++) {
                if (shellPolygons.get(i).contains(FACTORY.createPoint(h.getCoordinateN(0)))
                        || shellPolygons.get(i).covers(h)) {
                    owner = i;
                }
            }
            if (owner < 0) {
                // a counter-clockwise ring inside no outer ring: GDAL and ArcGIS read it as an outer ring too
                shells.add((LinearRing) h.reverse());
                holesOf.add(new ArrayList<>());
                shellPolygons.add(FACTORY.createPolygon((LinearRing) h.reverse()));
            } else {
                holesOf.get(owner).add(h);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    private static Geometry lines(List<Coordinate[]> parts) throws Fault {
        for (Coordinate[] c : parts) {
            if (c.length < 2) {
                throw new Fault("a line part has only " + c.length + " point.");
            }
        }
        if (parts.size() == 1) {
            return FACTORY.createLineString(parts.get(0));
        }
        return FACTORY.createMultiLineString(parts.stream().map(FACTORY::createLineString)
                .toArray(org.locationtech.jts.geom.LineString[]::new));
    }

    private static int count(ByteBuffer b, int max, String what) throws Fault {
        need(b, 4);
        int n = b.getInt();
        if (n < 0 || n > max) {
            throw new Fault("it claims " + n + " " + what + " (limit " + max + "); the file is damaged or too big.");
        }
        return n;
    }

    private static void need(ByteBuffer b, long bytes) throws Fault {
        if (b.remaining() < bytes) {
            throw new Fault("the record is shorter than its geometry needs; the file is damaged or cut off.");
        }
    }
}
