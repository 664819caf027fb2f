package org.mineledger.geo.validity;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mineledger.geo.GeoPoint;

/** Writes a position for a message: {@code 57.987120 N 27.102340 E} (six decimals, about 0.1 m). */
public final class PlaceText {
    private static final Pattern PLACE = Pattern.compile("(\\d{1,2}\\.\\d{6}) ([NS]) (\\d{1,3}\\.\\d{6}) ([EW])");

    private PlaceText() {
    }

    static String of(GeoPoint p) {
        return String.format(Locale.ROOT, "%.6f %s %.6f %s", Math.abs(p.lat()), p.lat() < 0 ? "S" : "N",
                Math.abs(p.lon()), p.lon() < 0 ? "W" : "E");
    }

    /**
     * The message with every position in it rewritten by {@code write} (in the grid the user reads, say); a
     * position {@code write} cannot express (null, or an IllegalArgumentException, e.g. outside a national grid)
     * stays as it was written.
     */
    public static String rewrite(String message, Function<GeoPoint, String> write) {
        Matcher m = PLACE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double lat = Double.parseDouble(m.group(1)) * ("S".equals(m.group(2)) ? -1 : 1);
            double lon = Double.parseDouble(m.group(3)) * ("W".equals(m.group(4)) ? -1 : 1);
            String written;
            try {
                written = write.apply(new GeoPoint(lat, lon));
            } catch (IllegalArgumentException outside) {
                written = null; // the lat/lon the message already gives is the best we can say
            }
            m.appendReplacement(out, Matcher.quoteReplacement(written == null ? m.group() : written));
        }
        m.appendTail(out);
        return out.toString();
    }
}
