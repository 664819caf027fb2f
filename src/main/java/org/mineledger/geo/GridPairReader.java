package org.mineledger.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a national grid position so that easting and northing can never be swapped silently.
 *
 * <p>Labelled values are read in any order: {@code N 6707201 E 527466}, {@code E=… N=…}, and {@code x=… y=…}
 * where EPSG names the axes x (northing) and y (easting), i.e. EPSG coordinate system 4530 used by PL-1992,
 * LKS94, LKS-92 and L-EST97. An unlabelled pair is read only when exactly one of its two orders lies in the
 * grid's EPSG area of use (always so in Finland, Lithuania and Estonia, whose northings are millions and
 * eastings are not); otherwise the position is refused with the labelled form to type.
 */
final class GridPairReader {
    private static final String LABEL = "([ENXYenxy])\\s*[=:]?\\s*";
    private static final Pattern FORM = Pattern.compile("\\s*(?:(?i:epsg)\\s*:\\s*(\\d+)\\s*)?(?:" + LABEL + ")?"
            + "([-+]?[0-9.]+)(?:\\s*[,;]\\s*|\\s+|\\s*(?=[ENXYenxy]))(?:" + LABEL + ")?([-+]?[0-9.]+)\\s*");

    private final NationalGrid grid;

    GridPairReader(NationalGrid grid) {
        this.grid = grid;
    }

    GeoPoint read(String text) {
        String t = text == null ? "" : text;
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new CoordinateFormatException(grid.id() + " position '" + t.strip() + "' is not two numbers", 1,
                    "write e.g. " + example());
        }
        if (m.group(1) != null && !m.group(1).equals(Integer.toString(grid.epsg()))) {
            throw new CoordinateFormatException("The position is in EPSG:" + m.group(1) + ", not " + grid.id(),
                    m.start(1) + 1, "choose the matching coordinate system");
        }
        double first = number(m, 3);
        double second = number(m, 5);
        Boolean firstIsNorthing = firstIsNorthing(m);
        if (firstIsNorthing != null) {
            double easting = firstIsNorthing ? second : first;
            double northing = firstIsNorthing ? first : second;
            try {
                return grid.unproject(easting, northing);
            } catch (IllegalArgumentException ex) {
                throw new CoordinateFormatException(ex.getMessage().replaceAll("\\.$", ""), m.start(3) + 1, null);
            }
        }
        return byValueRange(m, first, second);
    }

    /** True or false when the labels say which value is the northing; null when they do not. */
    private Boolean firstIsNorthing(Matcher m) {
        String l1 = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
        String l2 = m.group(4) == null ? null : m.group(4).toUpperCase(Locale.ROOT);
        if (l1 == null && l2 == null) {
            return null;
        }
        if (l1 == null || l2 == null || l1.equals(l2) || isXy(l1) != isXy(l2)) {
            int column = l1 == null ? m.start(3) : l2 == null ? m.start(5) : m.start(4);
            throw new CoordinateFormatException("Label both values E and N (or x and y), or neither", column + 1,
                    "write e.g. " + example());
        }
        if (isXy(l1)) {
            // EPSG:3067 names its axes E and N; x and y say nothing there, so its value ranges decide.
            return grid.northingFirst() ? l1.equals("X") : null;
        }
        return l1.equals("N");
    }

    private static boolean isXy(String label) {
        return label.equals("X") || label.equals("Y");
    }

    private GeoPoint byValueRange(Matcher m, double first, double second) {
        GeoPoint eastingFirst = inArea(first, second);
        GeoPoint northingFirst = inArea(second, first);
        int column = m.start(3) + 1;
        String a = m.group(3);
        String b = m.group(5);
        if (eastingFirst != null && northingFirst != null) {
            throw new CoordinateFormatException(String.format(Locale.ROOT,
                    "%s position %s %s can be read either way: both orders lie in the area of %s", grid.id(), a, b,
                    grid.label()), column, String.format(Locale.ROOT,
                    "label them: write %s N %s E %s if %s is the northing (x), or %s E %s N %s if it is the easting (y)",
                    grid.id(), a, b, a, grid.id(), a, b));
        }
        if (eastingFirst == null && northingFirst == null) {
            throw new CoordinateFormatException(String.format(Locale.ROOT,
                    "%s position %s %s lies outside the area of %s whichever number is the northing", grid.id(), a, b,
                    grid.label()), column, "check the numbers, or choose the grid of the country they belong to");
        }
        return eastingFirst != null ? eastingFirst : northingFirst;
    }

    private GeoPoint inArea(double easting, double northing) {
        try {
            return grid.unproject(easting, northing);
        } catch (IllegalArgumentException outside) {
            return null;
        }
    }

    /** A labelled position in the middle of the grid's area, as the formatter writes it. */
    private String example() {
        return new NationalGridSystem(grid).format(grid.centre(), Precision.METRE);
    }

    private static double number(Matcher m, int group) {
        try {
            return Double.parseDouble(m.group(group));
        } catch (NumberFormatException ex) {
            throw new CoordinateFormatException("'" + m.group(group) + "' is not a number", m.start(group) + 1, null);
        }
    }
}
