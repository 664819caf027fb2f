package org.mineledger.io.kml;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Builds the JTS geometry of one Placemark from the KML geometry elements as the reader meets them. */
final class KmlGeometryBuilder {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final int maxVertices;
    private final List<Geometry> parts = new ArrayList<>();
    private String current = "";
    private boolean inPolygon;
    private boolean inner;
    private LinearRing shell;
    private final List<LinearRing> holes = new ArrayList<>();
    private int vertices;

    KmlGeometryBuilder(int maxVertices) {
        this.maxVertices = maxVertices;
    }

    void start(String element) {
        switch (element) {
            case "Polygon" -> {
                inPolygon = true;
                shell = null;
                holes.clear();
            }
            case "outerBoundaryIs" -> inner = false;
            case "innerBoundaryIs" -> inner = true;
            case "Point", "LineString", "LinearRing", "Track", "gx:Track" -> current = element;
            default -> {
                // other elements (styles, timestamps, extrude) do not change the geometry
            }
        }
    }

    void end(String element) {
        if (element.equals("Polygon")) {
            inPolygon = false;
            if (shell != null) {
                parts.add(WGS84.createPolygon(shell, holes.toArray(LinearRing[]::new)));
            }
        }
    }

    void coordinates(String text, String at, List<String> problems) {
        Coordinate[] c = parse(text, at, problems);
        if (c == null) {
            return;
        }
        if (inPolygon || current.equals("LinearRing")) {
            if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
                Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
                closed[c.length] = new Coordinate(c[0]);
                c = closed;
            }
            if (c.length < 4) {
                problems.add("the ring at " + at + " has " + Math.max(0, c.length - 1) + " corners; an area needs "
                        + "at least three.");
                return;
            }
            LinearRing ring = WGS84.createLinearRing(c);
            if (!inPolygon) {
                parts.add(WGS84.createPolygon(ring));
            } else if (inner) {
                holes.add(ring);
            } else {
                shell = ring;
            }
        } else if (current.equals("Point") && c.length == 1) {
            parts.add(WGS84.createPoint(c[0]));
        } else if (c.length >= 2) {
            parts.add(WGS84.createLineString(c));
        } else {
            problems.add("the coordinates at " + at + " hold " + c.length + " position(s), too few for a "
                    + (current.isEmpty() ? "geometry" : current) + ".");
        }
    }

    /** The placemark's geometry, or null when it has none. */
    Geometry result(List<String> problems) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.stream().allMatch(p -> p instanceof Polygon)) {
            return WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        return WGS84.buildGeometry(parts);
    }

    private Coordinate[] parse(String text, String at, List<String> problems) {
        String[] tuples = text.strip().split("\\s+");
        List<Coordinate> out = new ArrayList<>(tuples.length);
        for (int i = 0; i < tuples.length; i++) {
            if (tuples[i].isEmpty()) {
                continue;
            }
            if (++vertices > maxVertices) {
                problems.add("more than " + maxVertices + " vertices in one placemark; simplify it first.");
                return null;
            }
            String[] xyz = tuples[i].split(",");
            double lon;
            double lat;
            try {
                lon = Double.parseDouble(xyz[0]);
                lat = xyz.length > 1 ? Double.parseDouble(xyz[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                problems.add("position " + (i + 1) + " of the coordinates at " + at + " ('" + shorten(tuples[i])
                        + "') is not 'longitude,latitude[,altitude]'.");
                return null;
            }
            if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                problems.add("position " + (i + 1) + " of the coordinates at " + at + " (longitude " + xyz[0]
                        + ", latitude " + (xyz.length > 1 ? xyz[1] : "missing") + ") is outside the globe; "
                        + "KML lists longitude first, then latitude.");
                return null;
            }
            out.add(new Coordinate(lon, lat));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
