package org.mineledger.geo;

import java.util.Locale;

/**
 * A position in the Universal Transverse Mercator grid on WGS84.
 *
 * @param zone     UTM zone 1 to 60
 * @param north    true for the northern hemisphere (false northing 0), false for the southern (10 000 km)
 * @param easting  metres, with 500 000 m at the central meridian
 * @param northing metres from the equator (plus 10 000 000 m in the south)
 */
public record UtmPosition(int zone, boolean north, double easting, double northing) {

    public UtmPosition {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone " + zone + " does not exist: zones are numbered 1 to 60.");
        }
        // Generous limits (GeographicLib UTMUPS allows easting 0-1000 km, northing -9100 to 9600 km in the north)
        if (!Double.isFinite(easting) || easting < 0 || easting > 1_000_000) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "UTM easting %.3f m is out of range: it must lie between 0 and 1 000 000 m.", easting));
        }
        double lo = north ? -9_100_000 : 1_000_000;
        double hi = north ? 9_600_000 : 19_600_000;
        if (!Double.isFinite(northing) || northing < lo || northing > hi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "UTM northing %.3f m is out of range for the %s hemisphere.", northing, north ? "northern" : "southern"));
        }
    }
}
