package org.mineledger.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UTM on WGS84, written like GeoConvert: zone and hemisphere then easting and northing in metres
 * ({@code 35N 527466.760 6707201.478}). A zone with an MGRS latitude band ({@code 35V 527467 6707201})
 * is read too; the letters N and S always mean the hemisphere, as in GeoConvert.
 */
public final class UtmSystem implements CoordinateSystem {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d{1,2})\\s*([A-Za-z])\\s+(\\S+?)\\s*[,\\s]\\s*(\\S+)\\s*");

    UtmSystem() {
    }

    @Override
    public String id() {
        return "utm";
    }

    @Override
    public GeoPoint parse(String text) {
        String t = text == null ? "" : text;
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new CoordinateFormatException("UTM coordinate '" + t.strip() + "' is not in the form zone, hemisphere,"
                    + " easting, northing", 1, "write e.g. 35N 527466.760 6707201.478");
        }
        int zone = Integer.parseInt(m.group(1));
        if (zone < 1 || zone > 60) {
            throw new CoordinateFormatException("UTM zone " + zone + " does not exist", m.start(1) + 1, "zones are 1 to 60");
        }
        char letter = Character.toUpperCase(m.group(2).charAt(0));
        double easting = number(m, 3, "easting");
        double northing = number(m, 4, "northing");
        boolean north;
        int band = -1;
        if (letter == 'N' || letter == 'S') {
            north = letter == 'N';
        } else {
            band = Utm.BANDS.indexOf(letter);
            if (band < 0) {
                throw new CoordinateFormatException("UTM zone letter '" + letter + "' is not valid", m.start(2) + 1,
                        "use N or S for the hemisphere, or a latitude band C to X (I and O are never used)");
            }
            north = band >= 10;
        }
        if (easting < 100_000 || easting > 900_000) {
            throw new CoordinateFormatException(String.format(Locale.ROOT, "UTM easting %s m is out of range",
                    m.group(3)), m.start(3) + 1, "eastings lie between 100000 and 900000 m; check the order easting, northing");
        }
        UtmPosition u;
        try {
            u = new UtmPosition(zone, north, easting, northing);
        } catch (IllegalArgumentException ex) {
            throw new CoordinateFormatException("UTM northing " + m.group(4) + " m is out of range", m.start(4) + 1,
                    "northings lie between 0 and 9 400 000 m in the north");
        }
        GeoPoint p = Utm.inverse(u);
        if (band >= 0 && Utm.bandIndex(p.lat()) != band && Math.abs(p.lat() - bandEdge(p.lat(), band)) > 1e-6) {
            throw new CoordinateFormatException("UTM northing " + m.group(4) + " lies in latitude band "
                    + Utm.bandLetter(p.lat()) + ", not " + letter, m.start(2) + 1, "check the band letter and the northing");
        }
        return p;
    }

    private static double bandEdge(double lat, int band) {
        double south = -80 + 8 * band;
        return lat < south ? south : band == 19 ? 84 : south + 8;
    }

    private static double number(Matcher m, int group, String what) {
        try {
            double v = Double.parseDouble(m.group(group));
            if (!Double.isFinite(v) || m.group(group).matches(".*[^0-9.+-].*")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            throw new CoordinateFormatException("UTM " + what + " '" + m.group(group) + "' is not a number",
                    m.start(group) + 1, "write metres with a decimal point");
        }
    }

    @Override
    public String format(GeoPoint p, Precision precision) {
        UtmPosition u = Utm.forward(p);
        int d = precision.metreDecimals();
        return String.format(Locale.ROOT, "%d%c %." + d + "f %." + d + "f", u.zone(), u.north() ? 'N' : 'S',
                u.easting(), u.northing());
    }
}
