package org.mineledger.map;

/** A longitude/latitude rectangle on WGS84, in degrees. */
public record MapExtent(double west, double south, double east, double north) {

    public MapExtent {
        if (!(west < east) || !(south < north) || west < -180 || east > 180 || south < -90 || north > 90) {
            throw new IllegalArgumentException(String.format(
                    "Map extent west %s, south %s, east %s, north %s is not a rectangle on the globe.",
                    west, south, east, north));
        }
    }

    /** True when the point (longitude, latitude) lies inside or on the edge. */
    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /** True when {@code other} lies wholly inside this extent. */
    public boolean contains(MapExtent other) {
        return contains(other.west, other.south) && contains(other.east, other.north);
    }
}
