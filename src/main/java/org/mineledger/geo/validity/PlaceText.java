package org.mineledger.geo.validity;

import java.util.Locale;
import org.mineledger.geo.GeoPoint;

/** Writes a position for a message: {@code 57.987120 N 27.102340 E} (six decimals, about 0.1 m). */
final class PlaceText {
    private PlaceText() {
    }

    static String of(GeoPoint p) {
        return String.format(Locale.ROOT, "%.6f %s %.6f %s", Math.abs(p.lat()), p.lat() < 0 ? "S" : "N",
                Math.abs(p.lon()), p.lon() < 0 ? "W" : "E");
    }
}
