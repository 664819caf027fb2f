package org.mineledger.geo;

import java.util.Locale;

/**
 * Military Grid Reference System (NGA.SIG.0012) for the UTM area, with 1 to 8 digits per coordinate
 * (10 km to 1 mm). A reference names the south-west corner of its square (digits are truncated, not
 * rounded); reading one gives the centre of the square, as GeographicLib's GeoConvert does.
 */
public final class Mgrs {
    /** 100 km column letters of UTM zones 1, 2, 3 (repeating every three zones); I and O never used. */
    private static final String[] COLUMNS = {"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
    /** 100 km row letters; even zones start 5 letters on (at F). */
    private static final String ROWS = "ABCDEFGHJKLMNPQRSTUV";
    private static final double SQUARE = 100_000;
    /** Northing repeats its row letters every 2 000 km. */
    private static final double CYCLE = 2_000_000;
    private static final double MICROMETRES = 1e6;
    private static final long SQUARE_UM = 100_000_000_000L;
    /** The last digit's unit in micrometres, by digits per coordinate (1 = 10 km ... 8 = 1 mm). */
    private static final long[] UNIT_UM = {SQUARE_UM, 10_000_000_000L, 1_000_000_000L, 100_000_000L, 10_000_000L,
        1_000_000L, 100_000L, 10_000L, 1_000L};
    /** 2^-46 degrees (GeographicLib's angeps): closer to the equator than this is the equator. */
    private static final double EQUATOR_FUZZ = Math.scalb(1.0, -46);

    private Mgrs() {
    }

    /** The MGRS reference of a point with {@code digits} digits per coordinate (5 = 1 m, 7 = 1 cm). */
    public static String format(GeoPoint p, int digits) {
        return format(Utm.forward(p), p.lat(), digits);
    }

    /**
     * The MGRS reference of a UTM position in its own zone, digit for digit as GeoConvert writes it;
     * {@code lat} (the position's latitude) gives the band letter.
     */
    public static String format(UtmPosition u, double lat, int digits) {
        if (digits < 0 || digits > 8) {
            throw new IllegalArgumentException("MGRS precision of " + digits
                    + " digits is not supported: use 0 (100 km) to 8 (1 mm) digits per coordinate.");
        }
        // Whole micrometres first, as GeographicLib's MGRS::Forward does (floor(x * 1e6)): the product drops the
        // last bits of x, so a value a rounding error below a line (99 999.999 999 999 9 m) is not cut to 99 999.999 m.
        long e = (long) Math.floor(u.easting() * MICROMETRES);
        long n = (long) Math.floor(u.northing() * MICROMETRES);
        int e100 = (int) (e / SQUARE_UM);
        int n100 = (int) (n / SQUARE_UM);
        if (e100 < 1 || e100 > 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "UTM easting %.3f m lies outside the MGRS"
                    + " squares of zone %d (100 000 to 900 000 m).", u.easting(), u.zone()));
        }
        int zone = u.zone();
        // A latitude a rounding error away from the equator takes its band from the hemisphere (as GeographicLib)
        char band = Math.abs(lat) < EQUATOR_FUZZ ? (u.north() ? 'N' : 'M') : Utm.bandLetter(lat);
        char col = COLUMNS[(zone - 1) % 3].charAt(e100 - 1);
        char row = ROWS.charAt(Math.floorMod(n100 + (zone % 2 == 0 ? 5 : 0), 20));
        StringBuilder sb = new StringBuilder(5 + 2 * digits);
        padded(sb, zone, 2);
        sb.append(band).append(col).append(row);
        if (digits > 0) {
            long unit = UNIT_UM[digits];
            padded(sb, (e - e100 * SQUARE_UM) / unit, digits);
            padded(sb, (n - n100 * SQUARE_UM) / unit, digits);
        }
        return sb.toString();
    }

    private static void padded(StringBuilder sb, long value, int width) {
        String text = Long.toString(value);
        sb.append("0".repeat(width - text.length())).append(text);
    }

    /** The centre of the square an MGRS reference names, in UTM; spaces and lower case are accepted. */
    public static UtmPosition parseToUtm(String text) {
        return new Reader(text).read();
    }

    /** The centre of the square an MGRS reference names. */
    public static GeoPoint parse(String text) {
        return Utm.inverse(parseToUtm(text));
    }

    /** Reads one reference, remembering the column of each part for messages. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text == null ? "" : text;
        }

        UtmPosition read() {
            skipSpaces();
            int zoneCol = pos + 1;
            int zoneStart = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == zoneStart || pos - zoneStart > 2) {
                throw new CoordinateFormatException("MGRS reference '" + text.strip() + "' does not start with a zone number",
                        zoneCol, "write it like 35VNH2746607201 (zone 1-60, band letter, two square letters, digits)");
            }
            int zone = Integer.parseInt(text.substring(zoneStart, pos));
            if (zone < 1 || zone > 60) {
                throw new CoordinateFormatException("MGRS zone " + zone + " does not exist", zoneCol, "zones are 1 to 60");
            }
            skipSpaces();
            int bandCol = pos + 1;
            char band = letter("latitude band letter");
            int bandIndex = Utm.BANDS.indexOf(band);
            if (bandIndex < 0) {
                throw new CoordinateFormatException("MGRS latitude band '" + band + "' is not valid", bandCol,
                        band == 'I' || band == 'O' ? "I and O are never used" : "bands are C to X (UPS A, B, Y, Z not supported)");
            }
            if (!Utm.hasBand(zone, bandIndex)) {
                throw new CoordinateFormatException("MGRS zone " + zone + " has no band X", zoneCol, Utm.NO_BAND_X);
            }
            skipSpaces();
            int squareCol = pos + 1;
            char col = letter("100 km square letters");
            skipSpaces();
            char row = letter("100 km square letters");
            String square = "" + col + row;
            if (col == 'I' || col == 'O' || row == 'I' || row == 'O') {
                throw new CoordinateFormatException("MGRS square letters '" + square + "' are not valid", squareCol,
                        "I and O are never used");
            }
            String cols = COLUMNS[(zone - 1) % 3];
            int colIndex = cols.indexOf(col);
            if (colIndex < 0) {
                throw new CoordinateFormatException("MGRS square letters '" + square + "' are not valid", squareCol,
                        "in zone " + zone + " the first letter is one of " + cols);
            }
            int rowIndex = ROWS.indexOf(row);
            if (rowIndex < 0) {
                throw new CoordinateFormatException("MGRS square letters '" + square + "' are not valid", squareCol + 1,
                        "the second letter is A to V");
            }
            int digitsCol = pos + 1;
            StringBuilder digits = new StringBuilder();
            int groups = 0;
            int firstGroup = 0;
            boolean inGroup = false;
            for (; pos < text.length(); pos++) {
                char c = text.charAt(pos);
                if (Character.isDigit(c)) {
                    digits.append(c);
                    if (!inGroup) {
                        groups++;
                        inGroup = true;
                    }
                    if (groups == 1) {
                        firstGroup++;
                    }
                } else if (c == ' ') {
                    inGroup = false;
                } else {
                    throw new CoordinateFormatException("MGRS reference has '" + c + "' where digits belong", pos + 1,
                            "after the square letters come only digits: easting then northing");
                }
            }
            int n = digits.length();
            if (n % 2 != 0 || n > 16 || (groups == 2 && firstGroup * 2 != n) || groups > 2) {
                throw new CoordinateFormatException("MGRS reference has " + n + " digits that cannot be split into"
                        + " easting and northing", digitsCol, "give the same number of digits (1 to 8) for each");
            }
            int d = n / 2;
            double unit = Math.pow(10, 5 - d);
            double e = d == 0 ? 0 : Long.parseLong(digits.substring(0, d)) * unit;
            double nn = d == 0 ? 0 : Long.parseLong(digits.substring(d)) * unit;
            double easting = (colIndex + 1) * SQUARE + e + unit / 2;
            int rowNumber = Math.floorMod(rowIndex - (zone % 2 == 0 ? 5 : 0), 20);
            double inCycle = rowNumber * SQUARE + nn + unit / 2;
            return resolveNorthing(zone, bandIndex, band, square, squareCol, easting, inCycle);
        }

        /**
         * Picks the 2 000 km cycle in which the 100 km square meets the stated band, as GeoConvert does; a
         * band is under 1 500 km tall, so at most one cycle fits.
         */
        private UtmPosition resolveNorthing(int zone, int bandIndex, char band, String square, int squareCol,
                double easting, double inCycle) {
            boolean north = bandIndex >= 10;
            double bandSouth = -80 + 8 * bandIndex;
            double bandNorth = bandIndex == 19 ? 84 : bandSouth + 8;
            // As in GeoConvert, bands C and X also take the squares beyond 80°S and 84°N (overlapping UPS) that
            // start between 1 000 km (south) and 9 500 km (north) northing
            double reachSouth = bandIndex == 0 ? -90 : bandSouth;
            double reachNorth = bandIndex == 19 ? 90 : bandNorth;
            double west = Math.floor(easting / SQUARE) * SQUARE;
            double rowInCycle = Math.floor(inCycle / SQUARE) * SQUARE;
            for (int k = 0; k < 5; k++) {
                double south = rowInCycle + k * CYCLE;
                if (north ? south >= 9_500_000 : south < 1_000_000) {
                    continue;
                }
                // About 111 km to a degree: a square whose middle is 3° off the band cannot meet it
                double middle = (south + SQUARE / 2 - (north ? 0 : Utm.FALSE_NORTHING_SOUTH)) / 111_000;
                if (middle < reachSouth - 3 || middle > reachNorth + 3) {
                    continue;
                }
                // No column straddles the central meridian, so the square's extreme latitudes are at its corners
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double e : new double[] {west, west + SQUARE}) {
                    for (double n : new double[] {south, south + SQUARE}) {
                        double lat = latitude(zone, north, e, n);
                        lo = Math.min(lo, lat);
                        hi = Math.max(hi, lat);
                    }
                }
                if (hi > reachSouth && lo < reachNorth) {
                    return new UtmPosition(zone, north, easting, inCycle + k * CYCLE);
                }
            }
            throw new CoordinateFormatException("MGRS square " + square + " is not in zone " + zone + " band " + band,
                    squareCol, "check the band letter and the two square letters (band " + band + " is "
                            + latitudeText(bandSouth) + " to " + latitudeText(bandNorth) + ")");
        }

        private static double latitude(int zone, boolean north, double easting, double northing) {
            return Utm.projection(zone).inverse(easting, north ? northing : northing - Utm.FALSE_NORTHING_SOUTH)[0];
        }

        private static String latitudeText(double lat) {
            return lat == 0 ? "0°" : String.format(Locale.ROOT, "%.0f°%s", Math.abs(lat), lat < 0 ? "S" : "N");
        }

        private char letter(String what) {
            if (pos >= text.length() || !Character.isLetter(text.charAt(pos))) {
                throw new CoordinateFormatException("MGRS reference is missing the " + what, pos + 1,
                        "write it like 35VNH2746607201");
            }
            return Character.toUpperCase(text.charAt(pos++));
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
