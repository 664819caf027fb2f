package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.Geodesy;

/**
 * Every fault of one ring of a hazard area, not just the first: too few corners, an unclosed ring, duplicate
 * consecutive vertices, crossing edges and spikes. Each fault names the
 * vertex (counted from 1) and the place on the ground.
 *
 * <p>Crossings are found on straight edges in longitude/latitude, the same test JTS and the workspace apply
 * when a boundary is stored; for edges of hazard-area size (under a few km) the geodesic differs from that
 * line by centimetres. Angles and areas are geodesic (GeographicLib).
 *
 * <p>This checks one ring: {@link AreaValidity} checks a whole area, its holes included, and measures its
 * overlaps with other hazard areas with the holes taken out.
 */
public final class PolygonValidity {
    /** Default spike threshold: a corner sharper than 1° is almost always a mistyped or misplaced vertex. */
    public static final double DEFAULT_SPIKE_DEGREES = 1.0;
    /** Two vertices closer than this are one place (1 mm, finer than any survey of a hazard area). */
    static final double SAME_PLACE_M = 0.001;
    /** Overlaps smaller than this (1 cm²) are rounding along a shared boundary, not land in two areas. */
    static final double OVERLAP_NOISE_M2 = 1e-4;

    private final List<GeoPoint> vertices;
    private final boolean closed;
    private final double spikeDegrees;
    private final List<ValidityProblem> problems;

    /**
     * @param ring         the vertices in order; the ring is closed when the last repeats the first
     * @param spikeDegrees corners sharper than this are reported as spikes
     */
    public PolygonValidity(List<GeoPoint> ring, double spikeDegrees) {
        Objects.requireNonNull(ring, "ring");
        if (!(spikeDegrees >= 0 && spikeDegrees < 180)) {
            throw new IllegalArgumentException("Spike threshold " + spikeDegrees + "° must be from 0° to below 180°.");
        }
        int n = ring.size();
        this.closed = n >= 2 && ring.get(0).equals(ring.get(n - 1));
        this.vertices = List.copyOf(closed ? ring.subList(0, n - 1) : ring);
        this.spikeDegrees = spikeDegrees;
        this.problems = List.copyOf(check(spikeDegrees));
    }

    /** Checks a closed ring (no repeated first vertex needed) with the default spike threshold. */
    public static PolygonValidity ofClosedRing(List<GeoPoint> corners) {
        List<GeoPoint> ring = new ArrayList<>(corners);
        if (!ring.isEmpty()) {
            ring.add(ring.get(0));
        }
        return new PolygonValidity(ring, DEFAULT_SPIKE_DEGREES);
    }

    /** Checks the exterior ring of a JTS polygon (x = longitude, y = latitude). */
    public static PolygonValidity of(Polygon polygon) {
        List<GeoPoint> ring = new ArrayList<>();
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            ring.add(new GeoPoint(c.y, c.x));
        }
        return new PolygonValidity(ring, DEFAULT_SPIKE_DEGREES);
    }

    /** All faults found, in the order: ring, duplicates, spikes, crossings. */
    public List<ValidityProblem> problems() {
        return problems;
    }

    /** True when nothing at all was found. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** True when no fault stops the polygon from being saved (spikes are only warnings). */
    public boolean canBeSaved() {
        return problems.stream().noneMatch(ValidityProblem::blocksSaving);
    }

    /** The ring repaired by make-valid (see {@link AreaRepair}), with geodesic areas before and after. */
    public FixPreview fixPreview() {
        return new AreaRepair(vertices, List.of(), spikeDegrees).preview();
    }

    private List<ValidityProblem> check(double spikeDegrees) {
        List<ValidityProblem> found = new ArrayList<>();
        int m = vertices.size();
        if (!closed && m >= 2) {
            found.add(new ValidityProblem(ProblemKind.UNCLOSED_RING, m, vertices.get(m - 1), String.format(Locale.ROOT,
                    "The boundary is not closed: the last vertex (%d, at %s) is not the first vertex. "
                    + "Repeat vertex 1 at the end to close it.", m, PlaceText.of(vertices.get(m - 1)))));
        }
        List<Integer> distinct = new ArrayList<>(); // 0-based indexes of vertices kept after dropping repeats
        for (int i = 0; i < m; i++) {
            int prev = distinct.isEmpty() ? -1 : distinct.get(distinct.size() - 1);
            if (prev >= 0 && samePlace(vertices.get(prev), vertices.get(i))) {
                found.add(duplicate(prev, i));
            } else {
                distinct.add(i);
            }
        }
        if (distinct.size() > 1 && samePlace(vertices.get(distinct.get(distinct.size() - 1)), vertices.get(distinct.get(0)))) {
            found.add(duplicate(distinct.get(0), distinct.remove(distinct.size() - 1)));
        }
        if (distinct.size() < 3) {
            found.add(new ValidityProblem(ProblemKind.TOO_FEW_VERTICES, 0, m == 0 ? null : vertices.get(0),
                    String.format(Locale.ROOT, "The boundary has %d separate corner%s; a hazard area needs at least "
                            + "three. Add corners.", distinct.size(), distinct.size() == 1 ? "" : "s")));
            return found;
        }
        found.addAll(spikes(distinct, spikeDegrees));
        found.addAll(crossings(distinct));
        return found;
    }

    private ValidityProblem duplicate(int kept, int repeated) {
        GeoPoint p = vertices.get(repeated);
        return new ValidityProblem(ProblemKind.DUPLICATE_VERTEX, repeated + 1, p, String.format(Locale.ROOT,
                "Vertices %d and %d are at the same place (%s). Delete vertex %d.", kept + 1, repeated + 1,
                PlaceText.of(p), repeated + 1));
    }

    private List<ValidityProblem> spikes(List<Integer> distinct, double spikeDegrees) {
        List<ValidityProblem> found = new ArrayList<>();
        int k = distinct.size();
        for (int j = 0; j < k; j++) {
            GeoPoint at = vertices.get(distinct.get(j));
            GeoPoint prev = vertices.get(distinct.get((j + k - 1) % k));
            GeoPoint next = vertices.get(distinct.get((j + 1) % k));
            double angle = Math.abs(Geodesy.inverse(at, prev).azimuth1() - Geodesy.inverse(at, next).azimuth1());
            angle = angle > 180 ? 360 - angle : angle;
            if (foldsBack(prev, at, next)) {
                int number = distinct.get(j) + 1;
                int before = distinct.get((j + k - 1) % k) + 1;
                int after = distinct.get((j + 1) % k) + 1;
                found.add(new ValidityProblem(ProblemKind.SELF_INTERSECTION, number, at, String.format(Locale.ROOT,
                        "Edges %d–%d and %d–%d run back along each other at vertex %d (%s): the boundary folds onto "
                        + "itself. Delete vertex %d or correct its coordinate.", before, number, number, after,
                        number, PlaceText.of(at), number)));
            } else if (angle < spikeDegrees) {
                int number = distinct.get(j) + 1;
                found.add(new ValidityProblem(ProblemKind.SPIKE, number, at, String.format(Locale.ROOT,
                        "The corner at vertex %d (%s) is a spike of %.2f°: the boundary goes out and comes almost "
                        + "straight back. Check the coordinate of vertex %d or delete it.", number, PlaceText.of(at),
                        angle, number)));
            }
        }
        return found;
    }

    /**
     * True when the edges at {@code at} run back along each other: collinear in longitude/latitude, the test
     * JTS and the workspace apply (a geodesic angle can be a hair above zero where JTS sees a fold).
     */
    private static boolean foldsBack(GeoPoint prev, GeoPoint at, GeoPoint next) {
        Coordinate a = new Coordinate(prev.lon(), prev.lat());
        Coordinate b = new Coordinate(at.lon(), at.lat());
        Coordinate c = new Coordinate(next.lon(), next.lat());
        double dot = (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y);
        return Orientation.index(a, b, c) == Orientation.COLLINEAR && dot > 0;
    }

    private List<ValidityProblem> crossings(List<Integer> distinct) {
        List<ValidityProblem> found = new ArrayList<>();
        int k = distinct.size();
        LineIntersector li = new RobustLineIntersector();
        for (int a = 0; a < k; a++) {
            for (int b = a + 2; b < k; b++) {
                if (a == 0 && b == k - 1) {
                    continue; // the last edge and the first share vertex 1
                }
                li.computeIntersection(coord(distinct, a), coord(distinct, a + 1), coord(distinct, b),
                        coord(distinct, b + 1));
                if (li.hasIntersection()) {
                    found.add(crossing(distinct, a, b, li));
                }
            }
        }
        return found;
    }

    private ValidityProblem crossing(List<Integer> distinct, int a, int b, LineIntersector li) {
        Coordinate c = li.getIntersection(0);
        GeoPoint at = new GeoPoint(c.y, c.x);
        String how = li.isProper() ? "cross" : li.getIntersectionNum() == 2 ? "run along each other" : "touch";
        int k = distinct.size();
        int[] ends = {distinct.get(a), distinct.get(a + 1), distinct.get(b), distinct.get((b + 1) % k)};
        int nearest = ends[0];
        double best = Double.MAX_VALUE;
        for (int e : ends) {
            double d = Geodesy.inverse(at, vertices.get(e)).distance().metres();
            if (d < best) {
                best = d;
                nearest = e;
            }
        }
        return new ValidityProblem(ProblemKind.SELF_INTERSECTION, nearest + 1, at, String.format(Locale.ROOT,
                "Edges %d–%d and %d–%d %s at %s. Move a vertex so that the boundary does not cross itself, or use "
                + "the make-valid fix.", ends[0] + 1, ends[1] + 1, ends[2] + 1, ends[3] + 1, how, PlaceText.of(at)));
    }

    private Coordinate coord(List<Integer> distinct, int j) {
        GeoPoint p = vertices.get(distinct.get(j % distinct.size()));
        return new Coordinate(p.lon(), p.lat());
    }

    /** Geodesic area of all polygons in a geometry, in m². */
    static double polygonalArea(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                sum += new GeodesicArea(p).area();
            }
        }
        return sum;
    }

    private static boolean samePlace(GeoPoint a, GeoPoint b) {
        return a.equals(b) || Geodesy.inverse(a, b).distance().metres() < SAME_PLACE_M;
    }
}
