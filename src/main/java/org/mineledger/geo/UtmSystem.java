package org.mineledger.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UTM on WGS84, written like GeoConvert: zone and hemisphere then easting and northing in metres
 * ({@code 35N 527466.760 6707201.478}, {@code 35 north ...}, {@code 35 south ...}). A zone with an MGRS latitude
 * band, as handheld GPS units show it ({@code 35V 527467 6707201}), is read too. S is both the southern
 * hemisphere and band S (32°N to 40°N): where both readings give a position, the text is refused.
 */
public final class UtmSystem implements CoordinateSystem {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d{1,2})\\s*((?i:north|south)|[A-Za-z])\\s+(\\S+?)\\s*[,\\s]\\s*(\\S+)\\s*");
    private static final int BAND_S = Utm.BANDS.indexOf('S');

    UtmSystem() {
    }

    @Override
    public String id() {
        return "utm";
    }

    @Override
    public GeoPoint parse(String text) {
        return Utm.inverse(read(text));
    }

    /** Reads a UTM text into the zone, hemisphere, easting and northing it states, checking any band letter. */
    static UtmPosition read(String text) {
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
        String word = m.group(2).toUpperCase(Locale.ROOT);
        char letter = word.charAt(0);
        double easting = number(m, 3, "easting");
        double northing = number(m, 4, "northing");
        if (easting < 100_000 || easting > 900_000) {
            throw new CoordinateFormatException(String.format(Locale.ROOT, "UTM easting %s m is out of range",
                    m.group(3)), m.start(3) + 1, "eastings lie between 100000 and 900000 m; check the order easting, northing");
        }
        if (word.length() > 1 || letter == 'N') {
            // Band N lies wholly in the northern hemisphere, so N reads the same either way
            return position(m, zone, letter == 'N', easting, northing);
        }
        int band = Utm.BANDS.indexOf(letter);
        if (band < 0 && letter != 'S') {
            throw new CoordinateFormatException("UTM zone letter '" + letter + "' is not valid", m.start(2) + 1,
                    "use N or S for the hemisphere, or a latitude band C to X (I and O are never used)");
        }
        if (letter == 'S') {
            return hemisphereOrBandS(m, zone, easting, northing);
        }
        if (!Utm.hasBand(zone, band)) {
            throw new CoordinateFormatException("UTM zone " + zone + " has no band X", m.start(1) + 1, Utm.NO_BAND_X);
        }
        UtmPosition u = position(m, zone, band >= 10, easting, northing);
        GeoPoint p = Utm.inverse(u);
        if (!inBand(p, band)) {
            throw new CoordinateFormatException("UTM northing " + m.group(4) + " lies in latitude band "
                    + Utm.bandLetter(p.lat()) + ", not " + letter, m.start(2) + 1, "check the band letter and the northing");
        }
        return u;
    }

    /** S after the zone: the southern hemisphere, unless the northing also fits band S (32°N to 40°N). */
    private static UtmPosition hemisphereOrBandS(Matcher m, int zone, double easting, double northing) {
        UtmPosition south = position(m, zone, false, easting, northing);
        UtmPosition bandS = new UtmPosition(zone, true, easting, northing);
        GeoPoint asBand = Utm.inverse(bandS);
        if (!inBand(asBand, BAND_S)) {
            return south;
        }
        GeoPoint asHemisphere = Utm.inverse(south);
        String z = m.group(1);
        throw new CoordinateFormatException("UTM '" + z + "S' can mean two places: southern hemisphere "
                + CoordinateSystem.LATLON.format(asHemisphere, Precision.METRE) + ", or latitude band S "
                + CoordinateSystem.LATLON.format(asBand, Precision.METRE), m.start(2) + 1,
                "write " + z + "N or " + z + " north for band S; write " + z + " south or " + z
                        + Utm.bandLetter(asHemisphere.lat()) + " (its band) for the southern hemisphere");
    }

    private static UtmPosition position(Matcher m, int zone, boolean north, double easting, double northing) {
        try {
            return new UtmPosition(zone, north, easting, northing);
        } catch (IllegalArgumentException ex) {
            throw new CoordinateFormatException("UTM northing " + m.group(4) + " m is out of range", m.start(4) + 1,
                    north ? "northings lie between 0 and 9 400 000 m in the north"
                            : "northings lie between 1 000 000 and 10 000 000 m in the south");
        }
    }

    private static boolean inBand(GeoPoint p, int band) {
        return Utm.bandIndex(p.lat()) == band || Math.abs(p.lat() - bandEdge(p.lat(), band)) <= 1e-6;
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
        return format(Utm.forward(p), precision);
    }

    static String format(UtmPosition u, Precision precision) {
        int d = precision.metreDecimals();
        return String.format(Locale.ROOT, "%d%c %." + d + "f %." + d + "f", u.zone(), u.north() ? 'N' : 'S',
                u.easting(), u.northing());
    }
}
