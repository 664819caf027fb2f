package org.mineledger.geo;

/**
 * A position on the WGS84 ellipsoid in decimal degrees (latitude north positive, longitude east positive).
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("Latitude " + lat
                    + " is not possible: it must lie between -90 (90 S) and 90 (90 N) degrees.");
        }
        if (!Double.isFinite(lon) || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("Longitude " + lon
                    + " is not possible: it must lie between -180 (180 W) and 180 (180 E) degrees.");
        }
        lat = lat == 0 ? 0.0 : lat; // no negative zero, so equal points are equal records
        lon = lon == 0 ? 0.0 : lon;
    }

    /** The point at latitude {@code lat} and longitude {@code lon} after wrapping the longitude into -180..180. */
    public static GeoPoint ofWrapped(double lat, double lon) {
        double l = Math.IEEEremainder(lon, 360.0);
        return new GeoPoint(lat, l == -180 ? 180.0 : l);
    }
}
