package org.mineledger.geo;

/** The ground resolution a formatted coordinate must keep; each system picks digits to reach it. */
public enum Precision {
    METRE(1.0), DECIMETRE(0.1), CENTIMETRE(0.01), MILLIMETRE(0.001);

    private final double metres;

    Precision(double metres) {
        this.metres = metres;
    }

    public double metres() {
        return metres;
    }

    /** Digits after the decimal point for a value in metres (easting, northing). */
    int metreDecimals() {
        return ordinal();
    }

    /**
     * Decimals needed for an angle so that one unit in the last place is at most this precision on the
     * ground; {@code metresPerUnit} is the ground length of 1 unit (1° of latitude is about 111 km).
     */
    int angleDecimals(double metresPerUnit) {
        return (int) Math.ceil(Math.log10(metresPerUnit / metres) - 1e-9);
    }

    /** Reads {@code 1m}, {@code 1dm}, {@code 1cm}, {@code 1mm} or the enum name, ignoring case. */
    public static Precision parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        switch (t) {
            case "1m", "m", "metre", "meter":
                return METRE;
            case "1dm", "dm", "0.1m", "decimetre", "decimeter":
                return DECIMETRE;
            case "1cm", "cm", "0.01m", "centimetre", "centimeter":
                return CENTIMETRE;
            case "1mm", "mm", "0.001m", "millimetre", "millimeter":
                return MILLIMETRE;
            default:
                throw new IllegalArgumentException("Unknown precision '" + text + "'. Use 1m, 1dm, 1cm or 1mm.");
        }
    }
}
