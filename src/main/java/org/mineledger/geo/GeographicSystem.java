package org.mineledger.geo;

import java.util.Locale;

/**
 * WGS84 latitude and longitude, written as decimal degrees ({@code 60.4567000 N, 25.1234000 E}) or as
 * degrees, minutes and seconds ({@code 60°27′24.12″ N, 25°07′24.24″ E}). Either form is read by both.
 *
 * @param dms true to write degrees, minutes and seconds
 */
public record GeographicSystem(boolean dms) implements CoordinateSystem {
    /** Metres on the ground per degree of latitude, rounded up (the meridian degree is 110.6-111.7 km). */
    private static final double METRES_PER_DEGREE = 111_700;

    @Override
    public String id() {
        return dms ? "dms" : "latlon";
    }

    @Override
    public GeoPoint parse(String text) {
        return new GeographicReader(text).read();
    }

    @Override
    public String format(GeoPoint p, Precision precision) {
        if (dms) {
            int decimals = Math.max(0, precision.angleDecimals(METRES_PER_DEGREE / 3600));
            return dmsText(p.lat(), 2, decimals, 'N', 'S') + ", " + dmsText(p.lon(), 3, decimals, 'E', 'W');
        }
        int decimals = precision.angleDecimals(METRES_PER_DEGREE);
        return decimalText(p.lat(), decimals, 'N', 'S') + ", " + decimalText(p.lon(), decimals, 'E', 'W');
    }

    private static String decimalText(double v, int decimals, char pos, char neg) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        boolean zero = Double.parseDouble(s) == 0;
        return s + " " + (v < 0 && !zero ? neg : pos);
    }

    /** Rounds once, in whole units of the last second digit, so 59.9999″ carries into the minutes. */
    private static String dmsText(double v, int degreeWidth, int decimals, char pos, char neg) {
        long scale = (long) Math.pow(10, decimals);
        long units = Math.round(Math.abs(v) * 3600 * scale);
        long deg = units / (3600 * scale);
        long min = units / (60 * scale) % 60;
        long secUnits = units % (60 * scale);
        String sec = decimals == 0 ? String.format(Locale.ROOT, "%02d", secUnits)
                : String.format(Locale.ROOT, "%02d.%0" + decimals + "d", secUnits / scale, secUnits % scale);
        char hemi = v < 0 && units != 0 ? neg : pos;
        return String.format(Locale.ROOT, "%0" + degreeWidth + "d°%02d′%s″ %c", deg, min, sec, hemi);
    }
}
