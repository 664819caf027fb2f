package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.GeoPoint;

/**
 * The faults of the holes (inner rings) of a hazard area: each hole's own faults (as {@link PolygonValidity}
 * finds them), a hole reaching outside or crossing the outer boundary, and holes that overlap or touch each
 * other. Every fault names the hole (counted from 1) and its vertex.
 */
public final class HoleValidity {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final List<ValidityProblem> problems;

    /**
     * @param shell the outer boundary's corners (no repeated first corner)
     * @param holes each hole's corners (no repeated first corner), in order
     */
    public HoleValidity(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
        List<ValidityProblem> found = new ArrayList<>();
        List<Polygon> sound = new ArrayList<>(); // null where a hole has faults of its own
        for (int i = 0; i < holes.size(); i++) {
            List<ValidityProblem> own = PolygonValidity.ofClosedRing(holes.get(i)).problems();
            for (ValidityProblem p : own) {
                found.add(p.onHole(i + 1));
            }
            boolean usable = own.stream().noneMatch(ValidityProblem::blocksSaving);
            sound.add(usable ? WGS84.createPolygon(Rings.closed(holes.get(i))) : null);
        }
        Polygon outer = shell.size() >= 3 ? WGS84.createPolygon(Rings.closed(shell)) : null;
        if (outer != null && outer.isValid()) {
            for (int i = 0; i < holes.size(); i++) {
                if (sound.get(i) != null) {
                    outside(outer, holes.get(i), i + 1, found);
                }
            }
        }
        for (int i = 0; i < holes.size(); i++) {
            for (int j = i + 1; j < holes.size(); j++) {
                if (sound.get(i) != null && sound.get(j) != null && sound.get(i).intersects(sound.get(j))) {
                    found.add(overlap(sound.get(i), sound.get(j), holes.get(j), i + 1, j + 1));
                }
            }
        }
        this.problems = List.copyOf(found);
    }

    /** All faults found, hole by hole: own faults first, then those against the outer boundary and other holes. */
    public List<ValidityProblem> problems() {
        return problems;
    }

    private static void outside(Polygon outer, List<GeoPoint> hole, int number, List<ValidityProblem> found) {
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(outer);
        for (int k = 0; k < hole.size(); k++) {
            GeoPoint p = hole.get(k);
            if (inside.locate(new Coordinate(p.lon(), p.lat())) != Location.INTERIOR) {
                found.add(new ValidityProblem(ProblemKind.HOLE_OUTSIDE_SHELL, number, k + 1, p, String.format(
                        Locale.ROOT, "Hole %d: vertex %d (%s) is not inside the outer boundary. A hole must lie "
                        + "wholly inside the area: move vertex %d inside, or delete the hole.", number, k + 1,
                        PlaceText.of(p), k + 1)));
                return;
            }
        }
        Coordinate[] shell = outer.getExteriorRing().getCoordinates();
        LineIntersector li = new RobustLineIntersector();
        for (int k = 0; k < hole.size(); k++) {
            Coordinate a = coord(hole.get(k));
            Coordinate b = coord(hole.get((k + 1) % hole.size()));
            for (int s = 0; s + 1 < shell.length; s++) {
                li.computeIntersection(a, b, shell[s], shell[s + 1]);
                if (li.hasIntersection()) {
                    Coordinate c = li.getIntersection(0);
                    GeoPoint at = new GeoPoint(c.y, c.x);
                    found.add(new ValidityProblem(ProblemKind.HOLE_OUTSIDE_SHELL, number, k + 1, at, String.format(
                            Locale.ROOT, "Hole %d: edge %d–%d crosses the outer boundary (edge %d–%d) at %s. Move "
                            + "vertex %d or %d so that the hole lies inside the area.", number, k + 1,
                            (k + 1) % hole.size() + 1, s + 1, (s + 1) % (shell.length - 1) + 1, PlaceText.of(at),
                            k + 1, (k + 1) % hole.size() + 1)));
                    return;
                }
            }
        }
    }

    private static ValidityProblem overlap(Polygon first, Polygon second, List<GeoPoint> secondCorners, int i, int j) {
        Geometry shared = first.intersection(second);
        Coordinate c = shared.isEmpty() ? second.getCoordinate() : shared.getInteriorPoint().getCoordinate();
        GeoPoint at = new GeoPoint(c.y, c.x);
        int vertex = 0;
        IndexedPointInAreaLocator in = new IndexedPointInAreaLocator(first);
        for (int k = 0; k < secondCorners.size() && vertex == 0; k++) {
            if (in.locate(coord(secondCorners.get(k))) != Location.EXTERIOR) {
                vertex = k + 1;
            }
        }
        return new ValidityProblem(ProblemKind.HOLES_OVERLAP, j, vertex, at, String.format(Locale.ROOT,
                "Holes %d and %d overlap or touch around %s. Holes must be apart: move a vertex of hole %d, or "
                + "delete one of the holes.", i, j, PlaceText.of(at), j));
    }

    private static Coordinate coord(GeoPoint p) {
        return new Coordinate(p.lon(), p.lat());
    }
}
