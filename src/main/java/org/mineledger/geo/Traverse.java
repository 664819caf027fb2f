package org.mineledger.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A closed traverse around a minefield or hazard area (STANAG 2036 style record), computed on the WGS84
 * ellipsoid: from a reference point (given, or tied to a landmark by bearing and distance), an optional
 * leg to the first turning point, then legs from turning point to turning point; the last leg should
 * return to TP1 and the gap it leaves is the closure error.
 *
 * <p>Each leg follows the geodesic that starts on the leg's true azimuth; grid bearings get the
 * convergence at the leg's start point, magnetic bearings the user's declination.
 */
public final class Traverse {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    /** Longest leg accepted: a typing error of a digit or unit is more likely than a 20 km leg. */
    private static final double MAX_LEG_METRES = 20_000;

    private final GeoPoint referencePoint;
    private final List<GeoPoint> turningPoints;
    private final GeoPoint closingPoint;
    private final ClosureError closure;

    /**
     * @param referencePoint  the reference point (RP)
     * @param toFirstPoint    leg from RP to TP1, or null when RP is TP1
     * @param legs            legs TP1→TP2 … TPn→TP1, at least three
     * @param north           how grid and magnetic bearings become true
     */
    public Traverse(GeoPoint referencePoint, TraverseLeg toFirstPoint, List<TraverseLeg> legs, NorthConversion north) {
        this.referencePoint = Objects.requireNonNull(referencePoint, "referencePoint");
        Objects.requireNonNull(north, "north");
        if (legs == null || legs.size() < 3) {
            throw new TraverseException("A closed traverse needs at least 3 legs (a triangle); "
                    + (legs == null ? 0 : legs.size()) + " given.", 0);
        }
        GeoPoint tp1 = toFirstPoint == null ? referencePoint : step(referencePoint, toFirstPoint, north, 0, "the leg from RP to TP1");
        List<GeoPoint> points = new ArrayList<>();
        points.add(tp1);
        GeoPoint at = tp1;
        double length = 0;
        for (int i = 0; i < legs.size(); i++) {
            at = step(at, legs.get(i), north, i + 1, "leg " + (i + 1));
            length += legs.get(i).distance().metres();
            if (i < legs.size() - 1) {
                points.add(at);
            }
        }
        this.turningPoints = List.copyOf(points);
        this.closingPoint = at;
        GeodesicInverse gap = Geodesy.inverse(at, tp1);
        this.closure = new ClosureError(gap.distance(), gap.initialBearing(), new Distance(length));
    }

    /** The reference point reached from a landmark by a bearing and distance. */
    public static GeoPoint referenceFromLandmark(GeoPoint landmark, TraverseLeg landmarkToReference, NorthConversion north) {
        return step(landmark, landmarkToReference, north, 0, "the leg from the landmark to RP");
    }

    private static GeoPoint step(GeoPoint from, TraverseLeg leg, NorthConversion north, int number, String name) {
        if (leg == null) {
            throw new TraverseException(capital(name) + " is missing.", number);
        }
        double metres = leg.distance().metres();
        if (metres <= 0 || metres > MAX_LEG_METRES) {
            throw new TraverseException(String.format(java.util.Locale.ROOT,
                    "%s has distance %.3f m; a leg must be longer than 0 m and at most %.0f m. Check the number and unit.",
                    capital(name), metres, MAX_LEG_METRES), number);
        }
        double azimuth;
        try {
            azimuth = north.trueDegrees(leg.bearing(), from);
        } catch (IllegalArgumentException ex) {
            throw new TraverseException(capital(name) + ": " + ex.getMessage(), number);
        }
        return Geodesy.direct(from, azimuth, leg.distance());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public GeoPoint referencePoint() {
        return referencePoint;
    }

    /** TP1 … TPn. */
    public List<GeoPoint> turningPoints() {
        return turningPoints;
    }

    /** Where the last leg ended; TP1 in a perfect traverse. */
    public GeoPoint closingPoint() {
        return closingPoint;
    }

    public ClosureError closure() {
        return closure;
    }

    /** True when the closure gap is larger than the tolerance the record allows. */
    public boolean exceedsTolerance(Distance tolerance) {
        return closure.gap().compareTo(tolerance) > 0;
    }

    /** The perimeter TP1 … TPn, TP1 as a JTS polygon (x = longitude, y = latitude, SRID 4326). */
    public Polygon polygon() {
        Coordinate[] c = new Coordinate[turningPoints.size() + 1];
        for (int i = 0; i < turningPoints.size(); i++) {
            c[i] = new Coordinate(turningPoints.get(i).lon(), turningPoints.get(i).lat());
        }
        c[c.length - 1] = c[0].copy();
        return WGS84.createPolygon(c);
    }

    /** Geodesic area and perimeter of {@link #polygon()}. */
    public GeodesicArea area() {
        return new GeodesicArea(polygon());
    }
}
