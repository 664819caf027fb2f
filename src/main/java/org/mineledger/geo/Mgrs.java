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

    private Mgrs() {
    }

    /** The MGRS reference of a point with {@code digits} digits per coordinate (5 = 1 m, 7 = 1 cm). */
    public static String format(GeoPoint p, int digits) {
        if (digits < 0 || digits > 8) {
            throw new IllegalArgumentException("MGRS precision of " + digits
                    + " digits is not supported: use 0 (100 km) to 8 (1 mm) digits per coordinate.");
        }
        UtmPosition u = Utm.forward(p);
        int zone = u.zone();
        char band = Utm.bandLetter(p.lat());
        int e100 = (int) Math.floor(u.easting() / SQUARE);
        int n100 = (int) Math.floor(u.northing() / SQUARE);
        char col = COLUMNS[(zone - 1) % 3].charAt(e100 - 1);
        char row = ROWS.charAt(Math.floorMod(n100 + (zone % 2 == 0 ? 5 : 0), 20));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%02d", zone)).append(band).append(col).append(row);
        sb.append(truncated(u.easting() - e100 * SQUARE, digits));
        sb.append(truncated(u.northing() - n100 * SQUARE, digits));
        return sb.toString();
    }

    private static String truncated(double metresInSquare, int digits) {
        if (digits == 0) {
            return "";
        }
        long units = (long) Math.floor(metresInSquare * Math.pow(10, digits - 5));
        return String.format(Locale.ROOT, "%0" + digits + "d", units);
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

        /** Picks the 2 000 km cycle whose latitude falls in the stated band. */
        private UtmPosition resolveNorthing(int zone, int bandIndex, char band, String square, int squareCol,
                double easting, double inCycle) {
            boolean north = bandIndex >= 10;
            double bandSouth = -80 + 8 * bandIndex;
            double bandNorth = bandIndex == 19 ? 84 : bandSouth + 8;
            // 0.1° slack lets a square that crosses the band edge keep its band letter (about 11 km)
            double slack = 0.1;
            for (int k = 0; k < 10; k++) {
                double northing = inCycle + k * CYCLE;
                if (northing > (north ? 9_400_000 : 10_000_000)) {
                    break;
                }
                double lat = Utm.inverse(new UtmPosition(zone, north, easting, northing)).lat();
                if (lat >= bandSouth - slack && lat <= bandNorth + slack) {
                    return new UtmPosition(zone, north, easting, northing);
                }
            }
            throw new CoordinateFormatException("MGRS square '" + square + "' does not lie in latitude band " + band
                    + " of zone " + zone, squareCol, "check the band letter and the square letters");
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
