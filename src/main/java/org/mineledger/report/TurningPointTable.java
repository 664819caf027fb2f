package org.mineledger.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicInverse;
import org.mineledger.geo.Geodesy;

/** Rows of a hazard's turning points: coordinate, true bearing and geodesic distance to the next point. */
final class TurningPointTable {
    /** One turning point as printed. */
    record Row(String name, String coordinate, String bearingDeg, String bearingMils, String distanceM) {
    }

    private TurningPointTable() {
    }

    static List<Row> of(Polygon lonLat, CoordinateFormatter formatter) {
        Coordinate[] c = lonLat.getExteriorRing().getCoordinates();
        int n = c.length - 1;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPoint p = new GeoPoint(c[i].y, c[i].x);
            GeoPoint next = new GeoPoint(c[i + 1].y, c[i + 1].x);
            GeodesicInverse leg = Geodesy.inverse(p, next);
            double deg = leg.initialBearing().degrees();
            rows.add(new Row("TP" + (i + 1), formatter.format(p), String.format(Locale.ROOT, "%.1f°", deg),
                    String.format(Locale.ROOT, "%.0f", deg * 6400 / 360),
                    String.format(Locale.ROOT, "%.1f m", leg.distance().metres())));
        }
        return rows;
    }
}
