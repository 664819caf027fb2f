package org.mineledger.model.survey;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.BoundaryRules;

/**
 * Land cancelled, reduced or cleared in one step, with its own polygon.
 *
 * @param kind    cancel, reduce or clear
 * @param polygon the released land, WGS84 (x = longitude, y = latitude)
 * @param method  e.g. {@code NTS: community interviews}, {@code manual clearance to 13 cm}
 * @param date    the day of release
 */
public record LandReleaseEvent(ReleaseKind kind, Polygon polygon, String method, LocalDate date) {

    public LandReleaseEvent {
        Objects.requireNonNull(kind, "Choose cancel, reduce or clear.");
        Objects.requireNonNull(date, "Enter the date of release.");
        method = method == null ? "" : method.strip();
        if (method.isEmpty()) {
            throw new IllegalArgumentException("Enter the method by which the land was " + kind.name()
                    .toLowerCase(java.util.Locale.ROOT) + ".");
        }
        BoundaryRules.check(polygon);
        polygon = (Polygon) polygon.copy();
    }

    @Override
    public Polygon polygon() {
        return (Polygon) polygon.copy();
    }

    /** Geodesic area of the released polygon in square metres. */
    public double areaM2() {
        return new GeodesicArea(polygon).area();
    }
}
