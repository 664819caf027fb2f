package org.mineledger.geo;

/**
 * One UTM zone used as a grid, northern hemisphere (the five countries and Ukraine lie in zones 33-38 N).
 *
 * @param zone 1 to 60
 */
public record UtmZone(int zone) implements Grid {

    public UtmZone {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone " + zone + " does not exist: zones are numbered 1 to 60.");
        }
    }

    @Override
    public String id() {
        return "UTM " + zone + "N";
    }

    @Override
    public double[] project(GeoPoint p) {
        UtmPosition u = Utm.forward(p, zone);
        return new double[] {u.easting(), u.northing()};
    }

    @Override
    public GeoPoint unproject(double easting, double northing) {
        return Utm.inverse(new UtmPosition(zone, true, easting, northing));
    }

    /** Exact convergence from Krüger's series, not by differences. */
    @Override
    public double convergence(GeoPoint p) {
        return Utm.convergence(p, zone);
    }
}
