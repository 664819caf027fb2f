package org.mineledger.model.survey;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.model.HazardArea;

/**
 * Where an ordnance find may be recorded: in its hazard area or near it. A find far outside is nearly always a
 * wrong digit in its position, or the wrong area, and would mislead the clearance of both areas.
 */
public final class FindPlacement {
    /** Farthest a find may lie outside the boundary of its hazard area, metres. */
    public static final double MAX_OUTSIDE_M = 1000;

    private FindPlacement() {
    }

    /** Metres from {@code position} to the nearest point of {@code area} (0 inside), geodesic on WGS84. */
    public static double metresOutside(HazardArea area, GeoPoint position) {
        Point p = area.polygon().getFactory().createPoint(new Coordinate(position.lon(), position.lat()));
        if (area.polygon().covers(p)) {
            return 0;
        }
        Coordinate nearest = DistanceOp.nearestPoints(area.polygon(), p)[0];
        return Geodesy.inverse(position, new GeoPoint(nearest.y, nearest.x)).distance().metres();
    }

    /** Refuses a find of {@code area} that lies more than {@link #MAX_OUTSIDE_M} outside it, saying how far. */
    public static void check(HazardArea area, OrdnanceFind find) {
        double outside = metresOutside(area, find.position());
        if (outside > MAX_OUTSIDE_M) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The find at %.6f, %.6f lies %s outside "
                    + "hazard area %s (at most %.0f m is accepted). Check its position, a wrong digit is common, or "
                    + "record it under the area it was found in.", find.position().lat(), find.position().lon(),
                    outside >= 10_000 ? String.format(Locale.ROOT, "%,.0f km", outside / 1000)
                            : String.format(Locale.ROOT, "%,.0f m", outside), area.reference(), MAX_OUTSIDE_M));
        }
    }
}
