package org.mineledger.plan.clearance;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.mineledger.geo.GeoPoint;

/**
 * A numbered box or lane of a hazard area: the part of the hazard inside one grid cell or strip.
 *
 * @param number  1-based, in working order (rows north to south, west to east; lanes west to east)
 * @param label   printed name, {@code B12} for a box, {@code L3} for a lane
 * @param lonLat  the part of the hazard it covers (Polygon or MultiPolygon, x = longitude)
 * @param corners the corners of the full cell or strip as set out on the ground (north-west first, clockwise)
 * @param areaM2  geodesic area of {@code lonLat} on WGS84, m²
 * @param clipped true when the hazard boundary cuts the cell, so the unit is smaller than a full cell
 */
public record WorkUnit(int number, String label, Geometry lonLat, List<GeoPoint> corners, double areaM2,
        boolean clipped) {
    public WorkUnit {
        Objects.requireNonNull(lonLat, "lonLat");
        corners = List.copyOf(corners);
        if (number < 1) {
            throw new IllegalArgumentException("Work unit numbers start at 1, not " + number + ".");
        }
    }
}
