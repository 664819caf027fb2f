package org.mineledger.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national grid position written with its EPSG code and labelled values in the grid's own axis order,
 * e.g. {@code EPSG:3067 E 527466.760 N 6707201.478} or {@code EPSG:2180 N 249438.195 E 865308.546}.
 * Reading accepts labels in any order; unlabelled numbers are taken in the EPSG axis order (northing
 * first for PL-1992, LKS94, LKS-92 and L-EST97, as in cs2cs), because in Poland "x" is the northing.
 *
 * @param grid the national grid
 */
public record NationalGridSystem(NationalGrid grid) implements CoordinateSystem {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:(?i:epsg)\\s*:\\s*(\\d+)\\s*)?([ENen])?\\s*=?\\s*([-+]?[0-9.]+)\\s*[,;\\s]\\s*([ENen])?\\s*=?\\s*([-+]?[0-9.]+)\\s*");

    @Override
    public String id() {
        return "epsg:" + grid.epsg();
    }

    @Override
    public GeoPoint parse(String text) {
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
        String l1 = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
        String l2 = m.group(4) == null ? null : m.group(4).toUpperCase(Locale.ROOT);
        if ((l1 == null) != (l2 == null) || (l1 != null && l1.equals(l2))) {
            throw new CoordinateFormatException("Label the two values E and N, or neither", m.start(3) + 1,
                    "write e.g. " + example());
        }
        double first = number(m, 3);
        double second = number(m, 5);
        boolean firstIsNorthing = l1 == null ? grid.northingFirst() : l1.equals("N");
        double easting = firstIsNorthing ? second : first;
        double northing = firstIsNorthing ? first : second;
        try {
            return grid.unproject(easting, northing);
        } catch (IllegalArgumentException ex) {
            throw new CoordinateFormatException(ex.getMessage().replaceAll("\\.$", ""), m.start(3) + 1, null);
        }
    }

    private String example() {
        return grid.northingFirst() ? grid.id() + " N 6000000.000 E 500000.000" : grid.id() + " E 500000.000 N 7000000.000";
    }

    private static double number(Matcher m, int group) {
        try {
            return Double.parseDouble(m.group(group));
        } catch (NumberFormatException ex) {
            throw new CoordinateFormatException("'" + m.group(group) + "' is not a number", m.start(group) + 1, null);
        }
    }

    @Override
    public String format(GeoPoint p, Precision precision) {
        double[] en = grid.project(p);
        int d = precision.metreDecimals();
        String e = String.format(Locale.ROOT, "E %." + d + "f", en[0]);
        String n = String.format(Locale.ROOT, "N %." + d + "f", en[1]);
        return grid.id() + " " + (grid.northingFirst() ? n + " " + e : e + " " + n);
    }
}
