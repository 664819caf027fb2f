package org.mineledger.plan.calendar;

import java.time.LocalDate;

/**
 * Hours from sunrise to sunset at a latitude on a date, from the solar declination (Spencer 1971 series) and the
 * sunrise equation with the standard 0.833° for refraction and the sun's radius (NOAA solar calculator).
 * Good to a few minutes, which is all a work plan needs.
 */
public final class Daylight {
    private static final double SUNRISE_ALTITUDE_DEG = -0.833;

    private Daylight() {
    }

    public static double hours(double latitudeDeg, LocalDate date) {
        double g = 2 * Math.PI / 365 * (date.getDayOfYear() - 1);
        double decl = 0.006918 - 0.399912 * Math.cos(g) + 0.070257 * Math.sin(g) - 0.006758 * Math.cos(2 * g)
                + 0.000907 * Math.sin(2 * g) - 0.002697 * Math.cos(3 * g) + 0.00148 * Math.sin(3 * g);
        double lat = Math.toRadians(latitudeDeg);
        double cosH = (Math.sin(Math.toRadians(SUNRISE_ALTITUDE_DEG)) - Math.sin(lat) * Math.sin(decl))
                / (Math.cos(lat) * Math.cos(decl));
        if (cosH <= -1) {
            return 24;
        }
        if (cosH >= 1) {
            return 0;
        }
        return 2 * Math.toDegrees(Math.acos(cosH)) / 15;
    }
}
