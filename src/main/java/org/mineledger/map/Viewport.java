package org.mineledger.map;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the earth a map window shows. Display only: positions go through spherical Web Mercator
 * (EPSG:3857) so the screen looks like any web map; no area or distance is ever measured in it
 * (see {@link ScaleBar} for the geodesic scale).
 *
 * @param centerX    Web Mercator easting of the window centre, metres
 * @param centerY    Web Mercator northing of the window centre, metres
 * @param resolution Web Mercator metres per screen pixel
 * @param width      window width in pixels
 * @param height     window height in pixels
 */
public record Viewport(double centerX, double centerY, double resolution, double width, double height) {
    /** Radius of the EPSG:3857 sphere. */
    static final double R = 6378137.0;
    private static final double MAX_LAT = 85.05112878;
    private static final double MIN_RESOLUTION = 0.01;
    private static final double MAX_RESOLUTION = 40_000;

    public Viewport {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new IllegalArgumentException("Map resolution must be a positive number of metres per pixel.");
        }
        resolution = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, resolution));
        width = Math.max(1, width);
        height = Math.max(1, height);
    }

    /** A viewport of the given pixel size that shows {@code lonLat} (degrees) with a margin. */
    public static Viewport fitting(Envelope lonLat, double width, double height) {
        if (lonLat == null || lonLat.isNull()) {
            lonLat = new Envelope(-12, 45, 34, 72);
        }
        double minX = mercX(lonLat.getMinX());
        double maxX = mercX(lonLat.getMaxX());
        double minY = mercY(lonLat.getMinY());
        double maxY = mercY(lonLat.getMaxY());
        double res = Math.max((maxX - minX) / Math.max(1, width), (maxY - minY) / Math.max(1, height)) * 1.15;
        if (!(res > 0)) {
            res = 1;
        }
        return new Viewport((minX + maxX) / 2, (minY + maxY) / 2, res, width, height);
    }

    public static double mercX(double lon) {
        return Math.toRadians(lon) * R;
    }

    public static double mercY(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        return R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    public static double lonOf(double mercX) {
        return Math.toDegrees(mercX / R);
    }

    public static double latOf(double mercY) {
        return Math.toDegrees(2 * Math.atan(Math.exp(mercY / R)) - Math.PI / 2);
    }

    /** Screen x in pixels of a longitude. */
    public double screenX(double lon) {
        return (mercX(lon) - centerX) / resolution + width / 2;
    }

    /** Screen y in pixels of a latitude. */
    public double screenY(double lat) {
        return (centerY - mercY(lat)) / resolution + height / 2;
    }

    public double lonAt(double screenX) {
        return lonOf(centerX + (screenX - width / 2) * resolution);
    }

    public double latAt(double screenY) {
        return latOf(centerY - (screenY - height / 2) * resolution);
    }

    /** The envelope that the window shows, in display (Web Mercator) metres. */
    public Envelope displayWindow() {
        double halfW = width / 2 * resolution;
        double halfH = height / 2 * resolution;
        return new Envelope(centerX - halfW, centerX + halfW, centerY - halfH, centerY + halfH);
    }

    /** The lon/lat envelope that the window shows. */
    public Envelope visibleLonLat() {
        return new Envelope(lonAt(0), lonAt(width), latAt(height), latAt(0));
    }

    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, resolution, newWidth, newHeight);
    }

    /** Moves the map with the mouse: a drag of (dx, dy) pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(centerX - dx * resolution, centerY + dy * resolution, resolution, width, height);
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the point under the cursor fixed. */
    public Viewport zoomedAt(double factor, double screenX, double screenY) {
        double newRes = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, resolution / factor));
        double mx = centerX + (screenX - width / 2) * resolution;
        double my = centerY - (screenY - height / 2) * resolution;
        double cx = mx - (screenX - width / 2) * newRes;
        double cy = my + (screenY - height / 2) * newRes;
        return new Viewport(cx, cy, newRes, width, height);
    }

    /** Centres on a lon/lat position, keeping the zoom. */
    public Viewport centredOn(double lon, double lat) {
        return new Viewport(mercX(lon), mercY(lat), resolution, width, height);
    }
}
