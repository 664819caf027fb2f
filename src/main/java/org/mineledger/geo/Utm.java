package org.mineledger.geo;

/** Universal Transverse Mercator on WGS84 (NGA standard: k0 = 0.9996, false easting 500 km). */
public final class Utm {
    /** UTM scale factor on the central meridian (NGA.SIG.0012, UTM/UPS). */
    static final double K0 = 0.9996;
    static final double FALSE_EASTING = 500_000;
    static final double FALSE_NORTHING_SOUTH = 10_000_000;
    /** MGRS latitude band letters from 80 S, 8° each; X spans 72-84 N. I and O are never used. */
    static final String BANDS = "CDEFGHJKLMNPQRSTUVWX";

    private static final TransverseMercator[] ZONES = new TransverseMercator[61];

    private Utm() {
    }

    static synchronized TransverseMercator projection(int zone) {
        if (ZONES[zone] == null) {
            ZONES[zone] = new TransverseMercator(TransverseMercator.WGS84_A, TransverseMercator.WGS84_F,
                    K0, 6.0 * zone - 183, FALSE_EASTING, 0);
        }
        return ZONES[zone];
    }

    /** The standard UTM zone of a point, with the Norway (32V) and Svalbard (31X-37X) exceptions. */
    public static int standardZone(GeoPoint p) {
        checkUtmLatitude(p);
        double lon = p.lon() >= 180 ? p.lon() - 360 : p.lon();
        int zone = (int) Math.floor((lon + 180) / 6) + 1;
        int band = bandIndex(p.lat());
        if (band == 17 && zone == 31 && lon >= 3) {
            zone = 32; // band V, south-west Norway
        } else if (band == 19 && zone >= 32 && zone <= 37) {
            zone = lon < 9 ? 31 : lon < 21 ? 33 : lon < 33 ? 35 : 37; // band X, Svalbard
        }
        return zone;
    }

    /** False for 32X, 34X and 36X: north of 72°N the widened zones 31X, 33X, 35X and 37X cover Svalbard (NGA.SIG.0012). */
    static boolean hasBand(int zone, int bandIndex) {
        return !(bandIndex == 19 && (zone == 32 || zone == 34 || zone == 36));
    }

    /** Advice for a zone without band X. */
    static final String NO_BAND_X = "north of 72°N (Svalbard) zones 32, 34 and 36 are not used; write the position in"
            + " zone 31X, 33X, 35X or 37X (convert it from lat/lon if you have that)";

    /** The MGRS latitude band letter (C to X) of a latitude between 80 S and 84 N. */
    public static char bandLetter(double lat) {
        return BANDS.charAt(bandIndex(lat));
    }

    static int bandIndex(double lat) {
        int i = (int) Math.floor((lat + 80) / 8);
        return Math.max(0, Math.min(19, i));
    }

    /** The point in its standard zone. */
    public static UtmPosition forward(GeoPoint p) {
        return forward(p, standardZone(p));
    }

    /** The point in a chosen zone (for work that straddles a zone edge). */
    public static UtmPosition forward(GeoPoint p, int zone) {
        checkUtmLatitude(p);
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone " + zone + " does not exist: zones are numbered 1 to 60.");
        }
        double[] en = projection(zone).forward(p.lat(), p.lon());
        boolean north = p.lat() >= 0;
        return new UtmPosition(zone, north, en[0], north ? en[1] : en[1] + FALSE_NORTHING_SOUTH);
    }

    /** Meridian convergence in degrees at a point in a zone: the bearing of grid north from true north. */
    public static double convergence(GeoPoint p, int zone) {
        return projection(zone).forward(p.lat(), p.lon())[2];
    }

    public static GeoPoint inverse(UtmPosition u) {
        double northing = u.north() ? u.northing() : u.northing() - FALSE_NORTHING_SOUTH;
        double[] ll = projection(u.zone()).inverse(u.easting(), northing);
        return new GeoPoint(ll[0], ll[1]);
    }

    private static void checkUtmLatitude(GeoPoint p) {
        if (p.lat() < -80 || p.lat() > 84) {
            throw new IllegalArgumentException("Latitude " + p.lat()
                    + " is outside UTM (80 S to 84 N); polar areas use UPS, which MineLedger does not support.");
        }
    }
}
