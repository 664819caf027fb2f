package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.GeoPoint;

/** Turns a list of corners into the closed coordinate ring JTS expects (x = longitude, y = latitude). */
public final class Rings {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private Rings() {
    }

    /** The corners followed by the first one again; an empty list gives an empty array. */
    public static Coordinate[] closed(List<GeoPoint> corners) {
        if (corners.isEmpty()) {
            return new Coordinate[0];
        }
        Coordinate[] c = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            c[i] = new Coordinate(corners.get(i).lon(), corners.get(i).lat());
        }
        c[c.length - 1] = c[0].copy();
        return c;
    }

    /** The corners of a closed ring (x = longitude, y = latitude), without the repeated first one. */
    public static List<GeoPoint> corners(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        List<GeoPoint> corners = new ArrayList<>();
        for (int i = 0; i < c.length - 1; i++) {
            corners.add(new GeoPoint(c[i].y, c[i].x));
        }
        return corners;
    }

    /** The area as drawn (at least three corners); holes of fewer than three corners bound nothing and are left out. */
    static Polygon polygon(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
        LinearRing[] inner = holes.stream().filter(h -> h.size() >= 3)
                .map(h -> WGS84.createLinearRing(closed(h))).toArray(LinearRing[]::new);
        return WGS84.createPolygon(WGS84.createLinearRing(closed(shell)), inner);
    }
}
