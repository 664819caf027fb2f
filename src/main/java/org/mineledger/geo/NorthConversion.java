package org.mineledger.geo;

import java.util.Optional;

/**
 * Turns bearings from any north into true bearings: grid bearings with the meridian convergence of a
 * chosen grid, magnetic bearings with a declination the user entered (with its date).
 *
 * @param grid        the grid that grid bearings refer to, or null when none are used
 * @param declination the magnetic declination, or null when no magnetic bearings are used
 */
public record NorthConversion(Grid grid, Declination declination) {
    /** Only true bearings can be converted. */
    public static final NorthConversion TRUE_ONLY = new NorthConversion(null, null);

    public Optional<Grid> gridIfAny() {
        return Optional.ofNullable(grid);
    }

    /** The true azimuth in degrees (0 to 360) of a bearing taken at a point. */
    public double trueDegrees(Bearing b, GeoPoint at) {
        switch (b.north()) {
            case TRUE:
                return b.degrees();
            case GRID:
                if (grid == null) {
                    throw new IllegalArgumentException("Bearing " + b + " is a grid bearing but no grid was chosen;"
                            + " choose the grid (for example utm35 or EPSG:3067) so convergence can be applied.");
                }
                return new GridConvergence(grid).gridToTrue(b, at).degrees();
            case MAGNETIC:
                if (declination == null) {
                    throw new IllegalArgumentException("Bearing " + b + " is magnetic but no declination was entered;"
                            + " enter the declination and its date from the map or a geomagnetic model.");
                }
                return declination.toTrue(b).degrees();
            default:
                throw new IllegalStateException(b.north().name());
        }
    }
}
