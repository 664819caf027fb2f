package org.mineledger.plan.marking;

import java.util.List;
import java.util.Objects;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;

/**
 * How to mark one hazard area: numbered warning signs, the marked line, barrier, materials and labour.
 *
 * @param signs              S-001 ... in walking order along the marked line
 * @param markedLine         turning points of the line to mark, WGS84, not closed (the last joins the first)
 * @param perimeter          geodesic length of the marked line
 * @param pickets            pickets to drive for the barrier (0 without one)
 * @param materials          what to bring, each with the basis of its quantity
 * @param labourPersonHours  estimated person-hours, from {@link MarkingOptions#rates()}
 * @param options            the choices the plan was made with
 * @param assumptions        every assumption and method a reader must know, in plain sentences
 */
public record MarkingPlan(List<Sign> signs, List<GeoPoint> markedLine, Distance perimeter, int pickets,
        List<MaterialLine> materials, double labourPersonHours, MarkingOptions options, List<String> assumptions) {

    public MarkingPlan {
        signs = List.copyOf(signs);
        markedLine = List.copyOf(markedLine);
        materials = List.copyOf(materials);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(perimeter, "perimeter");
        Objects.requireNonNull(options, "options");
        if (markedLine.size() < 3) {
            throw new IllegalArgumentException("A marked line needs at least 3 turning points, not "
                    + markedLine.size() + ".");
        }
        if (pickets < 0 || !(labourPersonHours >= 0)) {
            throw new IllegalArgumentException("Pickets and labour cannot be negative.");
        }
    }

    /** The sign numbered {@code number} (S-001), if the plan has it. */
    public java.util.Optional<Sign> sign(String number) {
        return signs.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** Number of signs of one kind, e.g. how many stand at track crossings. */
    public long count(SignReason reason) {
        return signs.stream().filter(s -> s.reason() == reason).count();
    }
}
