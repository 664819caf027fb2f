package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The make-valid repair of a faulty hazard area (outer boundary and holes), for the user to inspect before
 * accepting it.
 *
 * @param fixed         the repaired geometry: a polygon (holes kept), or several when the fault split the area
 * @param areaBefore_m2 geodesic area as drawn, holes taken out (crossing parts may cancel out)
 * @param areaAfter_m2  geodesic area of the repaired geometry, all parts together
 * @param notes         what the repair changed, ring by ring, for a deminer to check
 * @param remaining     faults that would still stop saving the repaired area; empty when it can be saved
 */
public record FixPreview(Geometry fixed, double areaBefore_m2, double areaAfter_m2, List<String> notes,
        List<ValidityProblem> remaining) {

    public FixPreview {
        Objects.requireNonNull(fixed, "fixed");
        notes = List.copyOf(notes);
        remaining = List.copyOf(remaining);
    }

    /** A repair with nothing to tell. */
    public FixPreview(Geometry fixed, double areaBefore_m2, double areaAfter_m2) {
        this(fixed, areaBefore_m2, areaAfter_m2, List.of(), List.of());
    }

    /** The repaired area when it is one polygon (its holes kept). */
    public Optional<Polygon> singlePolygon() {
        if (fixed instanceof Polygon p && !p.isEmpty()) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** True when the repair is one polygon that a hazard area can take as it is. */
    public boolean acceptable() {
        return singlePolygon().isPresent() && remaining.isEmpty();
    }

    /** Number of separate polygons the repair produced. */
    public int parts() {
        return fixed.isEmpty() ? 0 : fixed.getNumGeometries();
    }

    /** E.g. {@code area 1234.5 m² as drawn, 1200.0 m² after the fix (1 part)}. */
    public String summary() {
        return String.format(Locale.ROOT, "area %.1f m² as drawn, %.1f m² after the fix (%d %s)", areaBefore_m2,
                areaAfter_m2, parts(), parts() == 1 ? "part" : "parts");
    }

    /** The notes, then each fault left, one per line. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>(notes);
        remaining.forEach(p -> lines.add("Still to fix by hand: " + p.message()));
        return lines;
    }
}
