package org.mineledger.io.importer;

/** What a pair of numbers given as a position looks like, to tell a deminer which system a file is really in. */
public enum CoordinateLook {
    /** Within ±180, ±90: longitude and latitude in degrees. */
    DEGREES,
    /** Latitude beyond ±90 but both within ±180: degrees with latitude first. */
    SWAPPED_DEGREES,
    /** A number above 1000: metres of UTM or a national grid. */
    PROJECTED_METRES,
    /** None of these. */
    OTHER;

    /** The look of easting or longitude {@code x} with northing or latitude {@code y}. */
    public static CoordinateLook of(double x, double y) {
        if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
            return PROJECTED_METRES;
        }
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
            return DEGREES;
        }
        if (Math.abs(y) <= 180 && Math.abs(x) <= 90) {
            return SWAPPED_DEGREES;
        }
        return OTHER;
    }
}
