package org.mineledger.geo.validity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The result of JTS make-valid ({@code GeometryFixer}) applied to a faulty polygon, for the user to inspect
 * before accepting it.
 *
 * @param fixed        the repaired geometry: a polygon, or several when the fault split the area
 * @param areaBefore_m2 geodesic area of the faulty ring as drawn (crossing parts may cancel out)
 * @param areaAfter_m2  geodesic area of the repaired geometry, all parts together
 */
public record FixPreview(Geometry fixed, double areaBefore_m2, double areaAfter_m2) {

    public FixPreview {
        Objects.requireNonNull(fixed, "fixed");
    }

    /** The repaired boundary when it is one polygon without holes, which a hazard area can take as it is. */
    public Optional<Polygon> singlePolygon() {
        if (fixed instanceof Polygon p && !p.isEmpty() && p.getNumInteriorRing() == 0) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Number of separate polygons the repair produced. */
    public int parts() {
        return fixed.isEmpty() ? 0 : fixed.getNumGeometries();
    }

    /** E.g. {@code area 1234.5 m² before, 1200.0 m² after (1 part)}. */
    public String summary() {
        return String.format(Locale.ROOT, "area %.1f m² as drawn, %.1f m² after the fix (%d %s)", areaBefore_m2,
                areaAfter_m2, parts(), parts() == 1 ? "part" : "parts");
    }
}
