package org.mineledger.model.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;

/**
 * Land-release accounting of one hazard area (IMAS 07.11): original = cancelled + reduced + cleared +
 * remaining, every term a geodesic area on WGS84. Overlay is done by JTS on the degree coordinates (topology
 * only); every area is then measured on the ellipsoid. A release that reaches outside the hazard area or
 * re-releases land already released is refused, with the square metres at fault.
 */
public final class AreaAccounting {
    /** The requirement: the four terms must add up to the original to within 1 m². */
    public static final double TOLERANCE_M2 = 1.0;

    private final double originalM2;
    private final Map<ReleaseKind, Double> released = new EnumMap<>(ReleaseKind.class);
    private final double remainingM2;
    private final Geometry remaining;

    /**
     * @param hazardName the name used in messages, e.g. {@code HA-0007}
     * @param original   the hazard area's polygon as first recorded
     * @param events     its releases in the order they happened
     */
    public AreaAccounting(String hazardName, Polygon original, List<LandReleaseEvent> events) {
        this.originalM2 = new GeodesicArea(original).area();
        for (ReleaseKind k : ReleaseKind.values()) {
            released.put(k, 0.0);
        }
        Geometry releasedSoFar = original.getFactory().createPolygon();
        List<LandReleaseEvent> list = new ArrayList<>(events);
        for (int i = 0; i < list.size(); i++) {
            LandReleaseEvent e = list.get(i);
            Polygon p = e.polygon();
            String name = String.format(Locale.ROOT, "Release %d (%s, %s)", i + 1,
                    e.kind().name().toLowerCase(Locale.ROOT), e.date());
            double outside = areaOf(p.difference(original));
            if (outside > TOLERANCE_M2) {
                throw new ReleaseRefusedException(String.format(Locale.ROOT, "%s lies partly outside hazard area %s: "
                        + "%.1f m² of its %.1f m² are outside. Redraw the release polygon inside the hazard area, or "
                        + "first correct the hazard area's boundary.", name, hazardName, outside, e.areaM2()), outside);
            }
            double twice = areaOf(p.intersection(releasedSoFar));
            if (twice > TOLERANCE_M2) {
                throw new ReleaseRefusedException(String.format(Locale.ROOT, "%s overlaps land of hazard area %s that "
                        + "was already released: %.1f m². Redraw it to cover only land still to be released.", name,
                        hazardName, twice), twice);
            }
            Geometry counted = p.intersection(original).difference(releasedSoFar);
            released.merge(e.kind(), areaOf(counted), Double::sum);
            releasedSoFar = releasedSoFar.union(counted);
        }
        this.remaining = original.difference(releasedSoFar);
        this.remainingM2 = areaOf(remaining);
    }

    /** Geodesic area in m² of the polygons in any geometry (lines and points count 0). */
    public static double areaOf(Geometry g) {
        if (g instanceof Polygon poly) {
            return poly.isEmpty() ? 0 : new GeodesicArea(poly).area();
        }
        if (g instanceof GeometryCollection gc) {
            double sum = 0;
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                sum += areaOf(gc.getGeometryN(i));
            }
            return sum;
        }
        return 0;
    }

    public double originalM2() {
        return originalM2;
    }

    public double releasedM2(ReleaseKind kind) {
        return released.get(kind);
    }

    public double remainingM2() {
        return remainingM2;
    }

    /** Land still to be released, in WGS84 degrees. */
    public Geometry remaining() {
        return remaining.copy();
    }

    /** original − (cancelled + reduced + cleared + remaining), in m². */
    public double imbalanceM2() {
        double sum = remainingM2;
        for (double v : released.values()) {
            sum += v;
        }
        return originalM2 - sum;
    }

    /** True when the terms add up to the original within {@link #TOLERANCE_M2}. */
    public boolean balances() {
        return Math.abs(imbalanceM2()) <= TOLERANCE_M2;
    }

    /** One line for screens and printouts. */
    public String summary() {
        return String.format(Locale.ROOT, "original %.1f m² = cancelled %.1f + reduced %.1f + cleared %.1f + "
                + "remaining %.1f m² (difference %.2f m², %s)", originalM2, releasedM2(ReleaseKind.CANCELLED),
                releasedM2(ReleaseKind.REDUCED), releasedM2(ReleaseKind.CLEARED), remainingM2, imbalanceM2(),
                balances() ? "balances" : "DOES NOT BALANCE");
    }
}
