package org.mineledger.geo;

/** A plane map grid (easting, northing in metres) that a grid bearing can refer to. */
public sealed interface Grid permits UtmZone, NationalGrid {

    /** Short identifier such as {@code UTM 35N} or {@code EPSG:3067}. */
    String id();

    /** Easting and northing in metres, in that order. */
    double[] project(GeoPoint p);

    /** The point at a grid position. */
    GeoPoint unproject(double easting, double northing);

    /** Meridian convergence in degrees: the bearing of grid north measured clockwise from true north. */
    double convergence(GeoPoint p);

    /** The grid for an identifier: {@code utm35}, {@code utm 35n}, {@code epsg:3067}. */
    static Grid of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (t.startsWith("utm")) {
            String z = t.substring(3).replaceAll("[ns]$", "");
            try {
                return new UtmZone(Integer.parseInt(z));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("Grid '" + text + "' has no UTM zone number; write e.g. utm35.");
            }
        }
        return NationalGrid.of(text);
    }
}
