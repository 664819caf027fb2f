package org.mineledger.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;

/** Reads legs typed as "bearing distance" (one per line or separated by ';') in a chosen unit and north. */
final class LegText {
    private LegText() {
    }

    /** One leg, or null for blank text; the message names the field and what to type. */
    static TraverseLeg leg(String text, AngleUnit unit, NorthReference north, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("[\\s,]+");
        if (parts.length != 2) {
            throw new IllegalArgumentException(field + ": type the bearing and the distance in metres, e.g. "
                    + (unit == AngleUnit.DEGREES ? "90 100" : "1600 100") + ".");
        }
        double b;
        double d;
        try {
            b = Double.parseDouble(parts[0]);
            d = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not two numbers (bearing "
                    + unit.symbol().strip() + ", distance m).", e);
        }
        try {
            return new TraverseLeg(new Bearing(b, unit, north), new Distance(d));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    static List<TraverseLeg> legs(String text, AngleUnit unit, NorthReference north, String field) {
        List<TraverseLeg> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = 0;
        for (String line : text.split("[\\n;]")) {
            if (!line.isBlank()) {
                n++;
                out.add(leg(line, unit, north, field + " leg " + n));
            }
        }
        return out;
    }

    static String format(TraverseLeg l) {
        return plain(l.bearing().value()) + " " + plain(l.distance().metres());
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
