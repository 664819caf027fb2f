package org.mineledger.plan.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmPosition;

/**
 * Works out how to mark a hazard polygon: a warning sign at every turning point, at every place a track or
 * path crosses the marked line, and between them so that no gap along the line exceeds the maximum spacing;
 * each sign faces outward. Every length and spacing is geodesic on WGS84 (each edge a geodesic, positions by
 * the direct problem along it). Only the exterior ring is marked.
 */
public final class MarkingPlanner {
    /** Crossings closer than this to a turning point or to each other share that sign. */
    private static final double SAME_PLACE_M = 1.0;

    private final List<GeoPoint> hazardRing;
    private final List<LineString> tracks;
    private final MarkingOptions options;
    private final int holes;

    /**
     * @param hazard  hazard polygon, WGS84 degrees (x = longitude, y = latitude)
     * @param tracks  tracks, paths and roads near the area (e.g. the base map's track and road layers), WGS84
     * @param options spacing, buffer, barrier and rates
     */
    public MarkingPlanner(Polygon hazard, List<LineString> tracks, MarkingOptions options) {
        Objects.requireNonNull(hazard, "hazard");
        this.options = Objects.requireNonNull(options, "options");
        this.tracks = List.copyOf(tracks);
        this.hazardRing = ring(hazard);
        this.holes = hazard.getNumInteriorRing();
    }

    /** The plan; throws {@link MarkingException} when the area cannot be marked as asked. */
    public MarkingPlan plan() {
        int zone = Utm.standardZone(hazardRing.get(0));
        List<String> assumptions = new ArrayList<>();
        List<GeoPoint> line = markedLine(zone, assumptions);
        double side = isCounterClockwise(line, zone) ? 90 : -90; // outward is right of travel on a CCW ring
        List<Edge> edges = edges(line);
        List<Sign> signs = new ArrayList<>();
        double chainage = 0;
        double max = options.maxSignSpacing().metres();
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            Edge previous = edges.get((i + edges.size() - 1) % edges.size());
            signs.add(sign(signs.size() + 1, e.a(), cornerFacing(previous, e, side), SignReason.TURNING_POINT,
                    chainage));
            List<Double> mandatory = new ArrayList<>(crossings(e, zone));
            mandatory.add(e.length());
            double from = 0;
            for (double to : mandatory) {
                int intermediate = (int) Math.ceil((to - from) / max - 1e-9) - 1;
                for (int j = 1; j <= intermediate; j++) {
                    double s = from + j * (to - from) / (intermediate + 1);
                    signs.add(along(signs.size() + 1, e, s, side, SignReason.SPACING, chainage));
                }
                if (to < e.length()) {
                    signs.add(along(signs.size() + 1, e, to, side, SignReason.TRACK_CROSSING, chainage));
                }
                from = to;
            }
            chainage += e.length();
        }
        assumptions.add(String.format(Locale.ROOT, "Signs at every turning point, at every track or path "
                + "crossing, and at most %s m apart along the marked line (geodesic, WGS84). Spacing: %s.",
                plain(max), options.spacingSource()));
        MarkingQuantities q = new MarkingQuantities(options, edges.stream().map(Edge::length).toList(),
                signs.size());
        assumptions.addAll(q.assumptions());
        return new MarkingPlan(signs, line, Distance.ofMetres(chainage), q.pickets(), q.materials(),
                q.personHours(), options, assumptions);
    }

    /**
     * The plan of a line already marked in the field: this planner's marked line, barrier, pickets and materials,
     * with the signs as they were put up (numbers, positions and facings from the marking record) in place of
     * planned ones, and quantities for those signs.
     *
     * @param signs  the signs as they stand, in walking order
     * @param source where the signs were recorded, e.g. "monitoring.json, posts 1 to 33", for the assumptions
     */
    public MarkingPlan asMarked(List<Sign> signs, String source) {
        if (signs.isEmpty()) {
            throw new IllegalArgumentException("A marked line as recorded needs at least one sign (" + source + ").");
        }
        int zone = Utm.standardZone(hazardRing.get(0));
        List<String> assumptions = new ArrayList<>();
        List<GeoPoint> line = markedLine(zone, assumptions);
        List<Edge> edges = edges(line);
        assumptions.add("Signs as put up in the field and recorded in " + source + " (" + signs.size()
                + " signs), not placed by MineLedger; check the gaps against your national standard's spacing.");
        MarkingQuantities q = new MarkingQuantities(options, edges.stream().map(Edge::length).toList(),
                signs.size());
        assumptions.addAll(q.assumptions());
        double perimeter = edges.stream().mapToDouble(Edge::length).sum();
        return new MarkingPlan(signs, line, Distance.ofMetres(perimeter), q.pickets(), q.materials(),
                q.personHours(), options, assumptions);
    }

    /** The line to mark (the polygon, or the outer buffer around it), with the assumptions it rests on. */
    private List<GeoPoint> markedLine(int zone, List<String> assumptions) {
        List<GeoPoint> line = hazardRing;
        double buffer = options.outerBuffer().metres();
        if (buffer > 0) {
            line = sameWalk(OuterBuffer.offset(hazardRing, buffer, zone), zone);
            assumptions.add(String.format(Locale.ROOT, "Marked line offset %s m outside the hazard polygon, "
                    + "computed in UTM zone %d (transverse Mercator) with mitred corners, then converted back to "
                    + "WGS84.", plain(buffer), zone));
        } else {
            assumptions.add("Marked line is the hazard polygon's boundary itself (no outer buffer).");
        }
        if (holes > 0) {
            assumptions.add(holes + " hole(s) inside the hazard polygon are not marked by this plan; "
                    + "mark them separately if people can reach them.");
        }
        return line;
    }

    /**
     * The buffered ring turned to run the same way round as the hazard polygon and to start at its turning point
     * nearest the polygon's first, so sign S-001 stands by the same corner with or without a buffer.
     */
    private List<GeoPoint> sameWalk(List<GeoPoint> ring, int zone) {
        List<GeoPoint> r = new ArrayList<>(ring);
        if (isCounterClockwise(r, zone) != isCounterClockwise(hazardRing, zone)) {
            java.util.Collections.reverse(r);
        }
        int start = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < r.size(); i++) {
            double d = Geodesy.inverse(r.get(i), hazardRing.get(0)).distance().metres();
            if (d < best) {
                best = d;
                start = i;
            }
        }
        java.util.Collections.rotate(r, -start);
        return r;
    }

    private record Edge(GeoPoint a, GeoPoint b, GeodesicInverse g) {
        double length() {
            return g.distance().metres();
        }
    }

    private static List<Edge> edges(List<GeoPoint> line) {
        List<Edge> out = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            GeoPoint a = line.get(i);
            GeoPoint b = line.get((i + 1) % line.size());
            out.add(new Edge(a, b, Geodesy.inverse(a, b)));
        }
        return out;
    }

    /** Distances along the edge (from its start) where a track crosses it, sorted, without near-duplicates. */
    private List<Double> crossings(Edge e, int zone) {
        Coordinate a = project(e.a(), zone);
        Coordinate b = project(e.b(), zone);
        List<Double> found = new ArrayList<>();
        for (LineString t : tracks) {
            Coordinate[] c = t.getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                Coordinate p = project(new GeoPoint(c[k].y, c[k].x), zone);
                Coordinate q = project(new GeoPoint(c[k + 1].y, c[k + 1].x), zone);
                Coordinate x = SegmentCrossing.of(a, b, p, q);
                if (x != null) {
                    // fraction along the projected edge, applied to the geodesic length (short edges: < 1 mm apart)
                    found.add(a.distance(x) / a.distance(b) * e.length());
                }
            }
        }
        found.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double last = 0;
        for (double s : found) {
            if (s - last >= SAME_PLACE_M && e.length() - s >= SAME_PLACE_M) {
                out.add(s);
                last = s;
            }
        }
        return out;
    }

    private static Sign along(int n, Edge e, double s, double side, SignReason reason, double chainage) {
        GeoPoint p = Geodesy.direct(e.a(), e.g().azimuth1(), Distance.ofMetres(s));
        double azimuthHere = Geodesy.inverse(p, e.b()).azimuth1();
        return sign(n, p, azimuthHere + side, reason, chainage + s);
    }

    /** Facing at a turning point: halfway between the outward normals of the edges that meet there. */
    private static double cornerFacing(Edge in, Edge out, double side) {
        double n1 = Math.toRadians(in.g().azimuth2() + side);
        double n2 = Math.toRadians(out.g().azimuth1() + side);
        double x = Math.sin(n1) + Math.sin(n2);
        double y = Math.cos(n1) + Math.cos(n2);
        if (Math.hypot(x, y) < 1e-9) {
            return Math.toDegrees(n2);
        }
        return Math.toDegrees(Math.atan2(x, y));
    }

    private static Sign sign(int n, GeoPoint p, double facingDegrees, SignReason reason, double chainage) {
        return new Sign(Sign.numbered(n), p, Bearing.wrapped(facingDegrees, AngleUnit.DEGREES, NorthReference.TRUE),
                reason, Distance.ofMetres(chainage));
    }

    private static boolean isCounterClockwise(List<GeoPoint> line, int zone) {
        Coordinate[] c = new Coordinate[line.size() + 1];
        for (int i = 0; i < line.size(); i++) {
            c[i] = project(line.get(i), zone);
        }
        c[line.size()] = c[0];
        return Orientation.isCCW(c);
    }

    private static Coordinate project(GeoPoint p, int zone) {
        UtmPosition u = Utm.forward(p, zone);
        return new Coordinate(u.easting(), u.northing());
    }

    /** The exterior ring's turning points, not closed, without repeated points. */
    private static List<GeoPoint> ring(Polygon hazard) {
        if (hazard.isEmpty()) {
            throw new MarkingException("The hazard polygon is empty; there is nothing to mark.");
        }
        Coordinate[] c = hazard.getExteriorRing().getCoordinates();
        List<GeoPoint> out = new ArrayList<>();
        for (int i = 0; i < c.length - 1; i++) {
            GeoPoint p = new GeoPoint(c[i].y, c[i].x);
            if (out.isEmpty() || Geodesy.inverse(out.get(out.size() - 1), p).distance().metres() > 0.001) {
                out.add(p);
            }
        }
        if (out.size() > 1 && Geodesy.inverse(out.get(out.size() - 1), out.get(0)).distance().metres() <= 0.001) {
            out.remove(out.size() - 1);
        }
        if (out.size() < 3) {
            throw new MarkingException("The hazard polygon has fewer than 3 distinct turning points; "
                    + "correct its boundary before planning the marking.");
        }
        return out;
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
