package org.mineledger.geo;

/**
 * Meridian convergence of a grid: the angle from true north to grid north, clockwise positive, and the
 * conversion of bearings between them (true = grid + convergence, GeographicLib's sign convention).
 */
public final class GridConvergence {
    /** Half-step along the meridian for the numerical derivative (about 1.1 m). */
    private static final double STEP_DEGREES = 1e-5;
    private final Grid grid;

    public GridConvergence(Grid grid) {
        this.grid = java.util.Objects.requireNonNull(grid, "grid");
    }

    public Grid grid() {
        return grid;
    }

    /** Convergence in degrees at a point. */
    public double degreesAt(GeoPoint p) {
        return grid.convergence(p);
    }

    /** The true bearing of a grid bearing taken at a point. */
    public Bearing gridToTrue(Bearing grid, GeoPoint at) {
        if (grid.north() != NorthReference.GRID) {
            throw new IllegalArgumentException("Bearing " + grid + " is not a grid bearing.");
        }
        double t = grid.degrees() + degreesAt(at);
        return Bearing.wrapped(grid.unit().fromDegrees(t), grid.unit(), NorthReference.TRUE);
    }

    /** The grid bearing of a true bearing taken at a point. */
    public Bearing trueToGrid(Bearing trueBearing, GeoPoint at) {
        if (trueBearing.north() != NorthReference.TRUE) {
            throw new IllegalArgumentException("Bearing " + trueBearing + " is not a true bearing.");
        }
        double g = trueBearing.degrees() - degreesAt(at);
        return Bearing.wrapped(trueBearing.unit().fromDegrees(g), trueBearing.unit(), NorthReference.GRID);
    }

    /**
     * Convergence from the projection itself: the grid direction of a short step due north along the
     * meridian (central difference), so it holds for any conformal grid (TM or Lambert).
     */
    static double numerical(java.util.function.Function<GeoPoint, double[]> projection, GeoPoint p) {
        double latS = Math.max(-90, p.lat() - STEP_DEGREES);
        double latN = Math.min(90, p.lat() + STEP_DEGREES);
        double[] s = projection.apply(new GeoPoint(latS, p.lon()));
        double[] n = projection.apply(new GeoPoint(latN, p.lon()));
        return -Math.toDegrees(Math.atan2(n[0] - s[0], n[1] - s[1]));
    }
}
