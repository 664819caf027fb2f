package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.mineledger.geo.GeoPoint;

/** Repairs one ring (outer boundary or hole) on its own: drops repeated corners and spikes, then JTS make-valid. */
final class RingRepair {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private RingRepair() {
    }

    /**
     * The land the ring encloses once repaired: a polygon, several when it crossed itself, or empty when it
     * bounds no land. Each change is added to {@code notes}.
     *
     * @param ring 0 for the outer boundary, N for hole N (names the ring in the notes)
     */
    static Geometry repair(List<GeoPoint> corners, int ring, double spikeDegrees, List<String> notes) {
        String name = ring == 0 ? "Outer boundary" : "Hole " + ring;
        TreeSet<Integer> drop = new TreeSet<>();
        GeoPoint crossing = null;
        if (corners.size() >= 3) {
            List<GeoPoint> closed = new ArrayList<>(corners);
            closed.add(corners.get(0));
            for (ValidityProblem p : new PolygonValidity(closed, spikeDegrees).problems()) {
                if (p.kind() == ProblemKind.DUPLICATE_VERTEX && drop.add(p.vertex() - 1)) {
                    notes.add(String.format(Locale.ROOT, "%s: vertex %d repeats the place of the vertex before it "
                            + "(%s); the fix drops it.", name, p.vertex(), PlaceText.of(p.location())));
                } else if (p.kind() == ProblemKind.SPIKE && drop.add(p.vertex() - 1)) {
                    notes.add(String.format(Locale.ROOT, "%s: vertex %d (%s) is a spike; the fix drops it. Check "
                            + "that this corner was not a real one.", name, p.vertex(), PlaceText.of(p.location())));
                } else if (p.kind() == ProblemKind.SELF_INTERSECTION && crossing == null) {
                    crossing = p.location();
                }
            }
        }
        List<GeoPoint> kept = new ArrayList<>();
        for (int i = 0; i < corners.size(); i++) {
            if (!drop.contains(i)) {
                kept.add(corners.get(i));
            }
        }
        Geometry fixed = kept.size() < 3 ? WGS84.createPolygon()
                : GeometryFixer.fix(WGS84.createPolygon(Rings.closed(kept)));
        if (fixed.isEmpty() || PolygonValidity.polygonalArea(fixed) <= PolygonValidity.OVERLAP_NOISE_M2) {
            notes.add(ring == 0 ? "The outer boundary bounds no land (fewer than three separate corners, or all on "
                    + "one line): there is nothing to repair. Add or move corners."
                    : name + " bounds no land (fewer than three separate corners, or all on one line): the fix "
                    + "leaves it out.");
            return WGS84.createPolygon();
        }
        if (crossing != null) {
            int pieces = fixed.getNumGeometries();
            notes.add(String.format(Locale.ROOT, "%s crossed or folded back on itself (first at %s): the fix keeps "
                    + "the land it encloses%s.", name, PlaceText.of(crossing),
                    pieces > 1 ? ", in " + pieces + " pieces" : ""));
        }
        return fixed;
    }
}
