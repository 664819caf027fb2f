package org.mineledger.geo;

/** A unit for bearings: degrees (360 to a circle) or NATO mils (6400 to a circle). */
public enum AngleUnit {
    DEGREES("°", 360.0),
    /** NATO mil: 6400 to a full circle (STANAG 2036 practice); not the Warsaw Pact 6000 mil. */
    MILS_NATO(" mil", 6400.0);

    private final String symbol;
    private final double fullCircle;

    AngleUnit(String symbol, double fullCircle) {
        this.symbol = symbol;
        this.fullCircle = fullCircle;
    }

    /** The value of one full turn in this unit. */
    public double fullCircle() {
        return fullCircle;
    }

    public String symbol() {
        return symbol;
    }

    public double toDegrees(double value) {
        return this == DEGREES ? value : value * 360.0 / fullCircle;
    }

    public double fromDegrees(double degrees) {
        return this == DEGREES ? degrees : degrees * fullCircle / 360.0;
    }

    /** Reads {@code deg}, {@code degrees}, {@code mil}, {@code mils} or the enum name, ignoring case. */
    public static AngleUnit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "deg", "degree", "degrees", "°":
                return DEGREES;
            case "mil", "mils", "mils_nato", "nato mils", "nato-mils":
                return MILS_NATO;
            default:
                throw new IllegalArgumentException("Unknown bearing unit '" + text
                        + "'. Use degrees or mils (NATO, 6400 to a circle).");
        }
    }
}
