package org.mineledger.geo;

/**
 * The shortest path between two points on the WGS84 ellipsoid.
 *
 * @param distance     geodesic length
 * @param azimuth1     true bearing at the first point, degrees clockwise from north (-180 to 180 as GeodSolve)
 * @param azimuth2     forward true bearing at the second point, degrees (-180 to 180)
 */
public record GeodesicInverse(Distance distance, double azimuth1, double azimuth2) {

    /** The first azimuth as a true bearing in degrees, 0 to 360. */
    public Bearing initialBearing() {
        return Bearing.wrapped(azimuth1, AngleUnit.DEGREES, NorthReference.TRUE);
    }
}
