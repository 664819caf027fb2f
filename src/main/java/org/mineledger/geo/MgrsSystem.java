package org.mineledger.geo;

/** MGRS references such as {@code 35VNH2746607201}; the digits follow the precision (5 for 1 m, 7 for 1 cm). */
public final class MgrsSystem implements CoordinateSystem {

    MgrsSystem() {
    }

    @Override
    public String id() {
        return "mgrs";
    }

    @Override
    public GeoPoint parse(String text) {
        return Mgrs.parse(text);
    }

    @Override
    public String format(GeoPoint p, Precision precision) {
        return Mgrs.format(p, digits(precision));
    }

    /** Digits per coordinate for a ground precision: 5 for 1 m, 8 for 1 mm. */
    static int digits(Precision precision) {
        return 5 + precision.metreDecimals();
    }
}
