package org.mineledger.model.laid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.ComplianceFinding.Kind;

/**
 * Finds the strips, their start and end markers, and the lanes and gaps of a record that lie outside its
 * recorded perimeter (Amended Protocol II Art. 5(2)(a): the mines lie inside a perimeter-marked area; TA 1(a):
 * the perimeter records where they are). Works in metres east and north of the reference point (azimuthal
 * equidistant, geodesic on WGS84), which over a minefield's extent is exact to millimetres. A point within the
 * record's closure tolerance of the perimeter counts as on it.
 */
final class PerimeterPlacement {
    private static final GeometryFactory PLANE = new GeometryFactory();
    private static final String RULE = "APII Art. 5(2)(a), TA 1(a)(i)";

    private final LaidMinefieldRecord record;
    private final GeoPoint rp;
    private final double tolerance;

    PerimeterPlacement(LaidMinefieldRecord record) {
        this.record = record;
        this.rp = record.referencePoint();
        this.tolerance = record.closureTolerance().metres();
    }

    /** One finding per strip, lane or gap that reaches outside the perimeter; empty when all lie inside. */
    List<ComplianceFinding> findings() {
        Polygon perimeter = perimeter();
        List<ComplianceFinding> out = new ArrayList<>();
        if (!perimeter.isValid()) {
            return out; // a crossing perimeter has no inside to check against; the traverse must be put right first
        }
        for (Strip s : record.strips()) {
            List<GeoPoint> line = stripLine(s);
            if (!line.isEmpty()) {
                check(perimeter, "strip " + s.label(), "Strip " + s.label(), line, "start marker", "end marker",
                        "check the strip's leg from the RP and its legs, or the perimeter legs", out);
            }
        }
        for (LaneOrGap l : record.lanesAndGaps()) {
            LaneEnds ends = record.laneEnds(l);
            if (ends.entry() != null) {
                List<GeoPoint> line = ends.exit() == null ? List.of(ends.entry()) : List.of(ends.entry(), ends.exit());
                check(perimeter, l.label(), l.label(), line, "entry marker", "exit marker",
                        "check its entry marker and course, or the perimeter legs", out);
            }
        }
        return out;
    }

    private void check(Polygon perimeter, String field, String name, List<GeoPoint> points, String first,
            String last, String what, List<ComplianceFinding> out) {
        Coordinate[] local = points.stream().map(this::local).toArray(Coordinate[]::new);
        double farthest = farthest(perimeter, local);
        if (farthest <= tolerance) {
            return;
        }
        List<String> ends = new ArrayList<>();
        double atFirst = perimeter.distance(PLANE.createPoint(local[0]));
        double atLast = perimeter.distance(PLANE.createPoint(local[local.length - 1]));
        if (atFirst > tolerance) {
            ends.add(String.format(Locale.ROOT, "%s %.1f m outside", first, atFirst));
        }
        if (local.length > 1 && atLast > tolerance) {
            ends.add(String.format(Locale.ROOT, "%s %.1f m outside", last, atLast));
        }
        String extent = "";
        if (local.length > 1) {
            LineString line = PLANE.createLineString(local);
            double outside = line.difference(perimeter).getLength();
            extent = String.format(Locale.ROOT, " %.0f of its %.0f m,", outside, line.getLength());
        }
        out.add(new ComplianceFinding(field, Kind.OUT_OF_BOUNDS, String.format(Locale.ROOT, "%s lies outside the "
                + "perimeter:%s up to %.1f m outside%s. Mines and lanes must lie inside the perimeter-marked area: "
                + "%s.", name, extent, farthest, ends.isEmpty() ? "" : " (" + String.join(", ", ends) + ")", what),
                RULE));
    }

    /** The largest distance of the line from the perimeter, sampled every metre along it. */
    private static double farthest(Polygon perimeter, Coordinate[] local) {
        Geometry path = local.length == 1 ? PLANE.createPoint(local[0])
                : Densifier.densify(PLANE.createLineString(local), 1.0);
        double max = 0;
        for (Coordinate c : path.getCoordinates()) {
            max = Math.max(max, perimeter.distance(PLANE.createPoint(c)));
        }
        return max;
    }

    private Polygon perimeter() {
        List<GeoPoint> tps = record.traverse().turningPoints();
        Coordinate[] ring = new Coordinate[tps.size() + 1];
        for (int i = 0; i < tps.size(); i++) {
            ring[i] = local(tps.get(i));
        }
        ring[tps.size()] = ring[0].copy();
        return PLANE.createPolygon(ring);
    }

    /** The strip from its start marker to its end marker; empty when its start was not tied to the RP. */
    private List<GeoPoint> stripLine(Strip s) {
        if (s.startFromReference() == null) {
            return List.of();
        }
        List<GeoPoint> line = new ArrayList<>();
        try {
            GeoPoint at = step(rp, s.startFromReference());
            line.add(at);
            for (TraverseLeg leg : s.legs()) {
                at = step(at, leg);
                line.add(at);
            }
        } catch (IllegalArgumentException e) {
            return List.of(); // a leg that cannot be followed (magnetic without declination) is reported elsewhere
        }
        return line;
    }

    private GeoPoint step(GeoPoint from, TraverseLeg leg) {
        return Geodesy.direct(from, record.north().trueDegrees(leg.bearing(), from), leg.distance());
    }

    /** Metres east and north of the reference point. */
    private Coordinate local(GeoPoint p) {
        GeodesicInverse g = Geodesy.inverse(rp, p);
        double az = Math.toRadians(g.azimuth1());
        double d = g.distance().metres();
        return new Coordinate(d * Math.sin(az), d * Math.cos(az));
    }
}
