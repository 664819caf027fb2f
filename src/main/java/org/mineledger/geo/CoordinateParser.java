package org.mineledger.geo;

import java.util.regex.Pattern;

/** Reads a position in a chosen coordinate system, or recognises the system from the text itself. */
public final class CoordinateParser {
    private static final Pattern MGRS_FORM = Pattern.compile("\\s*\\d{1,2}\\s*[A-Za-z]\\s*[A-Za-z]\\s*[A-Za-z][\\d\\s]*");
    /** The start of an MGRS reference (zone, band, square letters, a digit), whatever follows it. */
    private static final Pattern MGRS_START = Pattern.compile("\\s*\\d{1,2}\\s*[A-Za-z]\\s*[A-Za-z]\\s*[A-Za-z]\\s*\\d[\\d\\s]*");
    private static final Pattern UTM_FORM = Pattern.compile("\\s*\\d{1,2}\\s*(?:(?i:north|south)|[A-Za-z])\\s+[-+]?[\\d.]+\\s*[,\\s]\\s*[-+]?[\\d.]+\\s*");
    private static final Pattern EPSG_FORM = Pattern.compile("\\s*(?i:epsg)\\s*:\\s*(\\d+).*");

    private final CoordinateSystem system;

    /** A parser that recognises lat/lon, D°M′S″, UTM, MGRS and {@code EPSG:NNNN}-prefixed grid positions. */
    public CoordinateParser() {
        this.system = null;
    }

    /** A parser for one chosen system. */
    public CoordinateParser(CoordinateSystem system) {
        this.system = java.util.Objects.requireNonNull(system, "system");
    }

    public GeoPoint parse(String text) {
        return systemOf(text).parse(text);
    }

    /** The system this parser reads {@code text} in: the chosen one, or the one the text is written in. */
    public CoordinateSystem systemOf(String text) {
        return system != null ? system : detect(text);
    }

    /**
     * The system a text is written in: {@code EPSG:} prefix means a national grid, zone + three letters
     * MGRS, zone + one letter + two numbers UTM, anything else latitude and longitude.
     */
    public static CoordinateSystem detect(String text) {
        String t = text == null ? "" : text;
        var epsg = EPSG_FORM.matcher(t);
        if (epsg.matches()) {
            try {
                return CoordinateSystem.of("epsg:" + epsg.group(1));
            } catch (IllegalArgumentException ex) {
                throw new CoordinateFormatException("EPSG:" + epsg.group(1) + " is not a supported grid", epsg.start(1) + 1,
                        "use 3067 (Finland), 2180 (Poland), 3346 (Lithuania), 3059 (Latvia) or 3301 (Estonia)");
            }
        }
        if (MGRS_FORM.matcher(t).matches()) {
            return CoordinateSystem.MGRS;
        }
        var mgrs = MGRS_START.matcher(t);
        if (mgrs.lookingAt() && !t.substring(mgrs.end()).isBlank()) {
            // an MGRS reference with something after its digits: name that, not the band letter as a lat/lon fault
            throw new CoordinateFormatException("'" + t.charAt(mgrs.end()) + "' does not belong in an MGRS reference",
                    mgrs.end() + 1, "write zone, band, the two square letters and the digits only, e.g. "
                    + "35VNH2746607201");
        }
        if (UTM_FORM.matcher(t).matches()) {
            return CoordinateSystem.UTM;
        }
        return CoordinateSystem.LATLON;
    }
}
