package org.mineledger.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.io.importer.CoordinateLook;
import org.mineledger.io.importer.CrsFit;

/** Turns an RFC 7946 geometry object into a JTS geometry, explaining the first fault it finds. */
final class GeoJsonGeometries {
    static final String SUPPORTED = "Point, LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon";
    private static final Set<String> TYPES =
            Set.of("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon");

    /** A fault inside one geometry; the reader adds the file and the feature number. */
    static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;

        Fault(String problem) {
            super(problem, null, false, false);
        }
    }

    private final GeometryFactory factory;

    GeoJsonGeometries(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry parse(JsonNode geometry) throws Fault {
        if (geometry == null || geometry.isNull()) {
            throw new Fault("it has no geometry; every feature needs a location");
        }
        if (!geometry.isObject()) {
            throw new Fault("\"geometry\" is not a JSON object");
        }
        String type = geometry.path("type").asText("");
        JsonNode c = geometry.get("coordinates");
        if (type.isEmpty()) {
            throw new Fault("the geometry has no \"type\"; use " + SUPPORTED);
        }
        if (!TYPES.contains(type)) {
            throw new Fault("geometry type '" + type + "' is not supported; use " + SUPPORTED);
        }
        if (c == null || !c.isArray()) {
            throw new Fault("the " + type + " has no \"coordinates\" array");
        }
        return switch (type) {
            case "Point" -> point(c, "the point");
            case "LineString" -> line(c, "the line");
            case "Polygon" -> polygon(c, "");
            case "MultiPoint" -> factory.createMultiPoint(points(c));
            case "MultiLineString" -> factory.createMultiLineString(lines(c));
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(c));
            default -> throw new Fault("geometry type '" + type + "' is not supported; use " + SUPPORTED);
        };
    }

    private Point[] points(JsonNode c) throws Fault {
        Point[] out = new Point[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = point(c.get(i), "point " + (i + 1));
        }
        return out;
    }

    private LineString[] lines(JsonNode c) throws Fault {
        LineString[] out = new LineString[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = line(c.get(i), "line " + (i + 1));
        }
        return out;
    }

    private Polygon[] polygons(JsonNode c) throws Fault {
        Polygon[] out = new Polygon[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = polygon(c.get(i), "polygon " + (i + 1) + ", ");
        }
        return out;
    }

    private Point point(JsonNode c, String what) throws Fault {
        return factory.createPoint(position(c, 1, what));
    }

    private LineString line(JsonNode c, String what) throws Fault {
        Coordinate[] positions = positions(c, what);
        if (positions.length < 2) {
            throw new Fault(what + " has " + positions.length + " position(s); a line needs at least two");
        }
        return factory.createLineString(positions);
    }

    private Polygon polygon(JsonNode c, String prefix) throws Fault {
        if (!c.isArray() || c.isEmpty()) {
            throw new Fault(prefix + "the polygon has no rings");
        }
        LinearRing[] rings = new LinearRing[c.size()];
        for (int r = 0; r < c.size(); r++) {
            String what = prefix + "polygon ring " + (r + 1);
            Coordinate[] positions = positions(c.get(r), what);
            if (positions.length < 4) {
                throw new Fault(what + " has " + positions.length
                        + " positions; a ring needs at least four (three corners and the first repeated)");
            }
            if (!positions[0].equals2D(positions[positions.length - 1])) {
                throw new Fault(what + " is not closed (first and last positions differ)");
            }
            rings[r] = factory.createLinearRing(positions);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return factory.createPolygon(rings[0], holes);
    }

    private Coordinate[] positions(JsonNode c, String what) throws Fault {
        if (c == null || !c.isArray()) {
            throw new Fault(what + " is not an array of positions");
        }
        List<Coordinate> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            out.add(position(c.get(i), i + 1, what));
        }
        return out.toArray(Coordinate[]::new);
    }

    /** Elevation (a third number) is allowed by RFC 7946 but ignored: MineLedger works in 2D. */
    private static Coordinate position(JsonNode p, int n, String what) throws Fault {
        String at = "position " + n + " of " + what;
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new Fault(at + " is not [longitude, latitude] (two numbers)");
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new Fault("longitude " + p.get(0).asText() + " at " + at + " is out of range (-180 to 180)"
                    + hint(lon, lat));
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new Fault("latitude " + p.get(1).asText() + " at " + at + " is out of range (-90 to 90)"
                    + hint(lon, lat));
        }
        return new Coordinate(lon, lat);
    }

    private static String hint(double lon, double lat) {
        return switch (CoordinateLook.of(lon, lat)) {
            case PROJECTED_METRES -> ". " + CrsFit.PROJECTED_METRES + "; GeoJSON needs WGS84 degrees";
            case SWAPPED_DEGREES -> ". The file may give latitude before longitude; GeoJSON needs longitude first";
            default -> ". GeoJSON needs WGS84 longitude and latitude in degrees";
        };
    }
}
