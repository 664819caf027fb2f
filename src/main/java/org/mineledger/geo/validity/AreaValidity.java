package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;

/**
 * Every fault of a hazard area with its holes: those of the outer boundary ({@link PolygonValidity}), those of
 * each hole ({@link HoleValidity}), and overlaps with other hazard areas measured on the real land, holes taken
 * out. Each fault names its ring (outer boundary or hole N) and vertex.
 */
public final class AreaValidity {
    private final List<GeoPoint> shell;
    private final List<List<GeoPoint>> holes;
    private final double spikeDegrees;
    private final List<ValidityProblem> problems;

    /**
     * @param shell        the outer boundary's corners (no repeated first corner)
     * @param holes        each hole's corners (no repeated first corner), in order
     * @param others       hazard areas this one must not overlap (already narrowed to those nearby, if many)
     * @param spikeDegrees corners sharper than this are reported as spikes
     */
    public AreaValidity(List<GeoPoint> shell, List<List<GeoPoint>> holes, List<Neighbour> others,
            double spikeDegrees) {
        Objects.requireNonNull(others, "others");
        this.shell = List.copyOf(shell);
        this.holes = holes.stream().map(List::copyOf).toList();
        this.spikeDegrees = spikeDegrees;
        List<GeoPoint> closed = new ArrayList<>(this.shell);
        if (!closed.isEmpty()) {
            closed.add(closed.get(0));
        }
        List<ValidityProblem> found = new ArrayList<>(new PolygonValidity(closed, spikeDegrees).problems());
        found.addAll(new HoleValidity(this.shell, this.holes).problems());
        if (found.stream().noneMatch(p -> p.kind() == ProblemKind.TOO_FEW_VERTICES && p.ring() == 0)) {
            found.addAll(new OverlapCheck(Rings.polygon(this.shell, this.holes)).against(others));
        }
        this.problems = List.copyOf(found);
    }

    /** Checks a stored or imported polygon (x = longitude, y = latitude) with its holes. */
    public static AreaValidity of(Polygon polygon, List<Neighbour> others, double spikeDegrees) {
        List<List<GeoPoint>> holes = new ArrayList<>();
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            holes.add(Rings.corners(polygon.getInteriorRingN(i)));
        }
        return new AreaValidity(Rings.corners(polygon.getExteriorRing()), holes, others, spikeDegrees);
    }

    /** All faults: outer boundary first, then hole by hole, then overlaps. */
    public List<ValidityProblem> problems() {
        return problems;
    }

    /** True when no fault stops the area from being saved (spikes and overlaps are only warnings). */
    public boolean canBeSaved() {
        return problems.stream().noneMatch(ValidityProblem::blocksSaving);
    }

    /** The area repaired by make-valid with its holes kept, and what the repair changed. */
    public FixPreview fixPreview() {
        return new AreaRepair(shell, holes, spikeDegrees).preview();
    }
}
