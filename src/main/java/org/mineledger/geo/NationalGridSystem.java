package org.mineledger.geo;

import java.util.Locale;

/**
 * A national grid position written with its EPSG code and labelled values in the grid's own axis order,
 * e.g. {@code EPSG:3067 E 527466.760 N 6707201.478} or {@code EPSG:2180 N 249438.195 E 865308.546}.
 * Writing labels both values so that a printed position reads back; reading ({@link GridPairReader}) takes
 * labels in any order and refuses an unlabelled pair whose order the grid's value ranges do not decide.
 *
 * @param grid the national grid
 */
public record NationalGridSystem(NationalGrid grid) implements CoordinateSystem {
    @Override
    public String id() {
        return "epsg:" + grid.epsg();
    }

    @Override
    public GeoPoint parse(String text) {
        return new GridPairReader(grid).read(text);
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
