package org.mineledger.geo.validity;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.GeoPoint;

/** Turns a list of corners into the closed coordinate ring JTS expects (x = longitude, y = latitude). */
public final class Rings {
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
}
