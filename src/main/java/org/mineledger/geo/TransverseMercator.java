package org.mineledger.geo;

/**
 * Transverse Mercator by Krüger's series to sixth order in the third flattening, as in C. F. F. Karney,
 * "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85 (2011) 475-485 — the same
 * method as GeographicLib's {@code TransverseMercator} (used by GeoConvert) and PROJ's default tmerc.
 * Accurate to about 5 nm within 3900 km of the central meridian.
 */
final class TransverseMercator {
    /** WGS84 semi-major axis and flattening (NIMA TR8350.2). */
    static final double WGS84_A = 6378137.0;
    static final double WGS84_F = 1 / 298.257223563;
    /** GRS80 flattening (Moritz 1980); same semi-major axis as WGS84. */
    static final double GRS80_F = 1 / 298.257222101;

    private static final int ORDER = 6;
    private final double k0;
    private final double lon0;
    private final double falseEasting;
    private final double falseNorthing;
    private final double e2;
    private final double e;
    private final double a1;
    private final double[] alp = new double[ORDER + 1];
    private final double[] bet = new double[ORDER + 1];

    TransverseMercator(double a, double f, double k0, double lon0, double falseEasting, double falseNorthing) {
        this.k0 = k0;
        this.lon0 = lon0;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.e2 = f * (2 - f);
        this.e = Math.sqrt(e2);
        double n = f / (2 - f);
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        double n5 = n4 * n;
        double n6 = n5 * n;
        a1 = a / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
        alp[1] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800;
        alp[2] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360;
        alp[3] = 61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440;
        alp[4] = 49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600;
        alp[5] = 34729 * n5 / 80640 - 3418889 * n6 / 1995840;
        alp[6] = 212378941 * n6 / 319334400;
        bet[1] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800;
        bet[2] = n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720;
        bet[3] = 17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720;
        bet[4] = 4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600;
        bet[5] = 4583 * n5 / 161280 - 108847 * n6 / 3991680;
        bet[6] = 20648693 * n6 / 638668800;
    }

    /** Easting, northing (metres) and meridian convergence (degrees, bearing of grid north from true north). */
    double[] forward(double latDeg, double lonDeg) {
        double lam = Math.toRadians(Math.IEEEremainder(lonDeg - lon0, 360));
        double phi = Math.toRadians(latDeg);
        double tau = Math.abs(latDeg) == 90 ? Math.copySign(Double.MAX_VALUE, latDeg) : Math.tan(phi);
        double taup = taupf(tau);
        double xip = Math.atan2(taup, Math.cos(lam));
        double etap = asinh(Math.sin(lam) / Math.hypot(taup, Math.cos(lam)));
        double xi = xip;
        double eta = etap;
        double p = 1;
        double q = 0;
        for (int j = 1; j <= ORDER; j++) {
            double s = Math.sin(2 * j * xip);
            double c = Math.cos(2 * j * xip);
            double sh = Math.sinh(2 * j * etap);
            double ch = Math.cosh(2 * j * etap);
            xi += alp[j] * s * ch;
            eta += alp[j] * c * sh;
            p += 2 * j * alp[j] * c * ch;
            q += 2 * j * alp[j] * s * sh;
        }
        double gammaPrime = Math.atan2(taup * Math.tan(lam), Math.hypot(1, taup));
        if (Math.abs(lam) > Math.PI / 2) {
            gammaPrime = Math.atan2(taup * Math.sin(lam), Math.hypot(1, taup) * Math.cos(lam));
        }
        double gamma = gammaPrime + Math.atan2(q, p);
        return new double[] {
            falseEasting + k0 * a1 * eta, falseNorthing + k0 * a1 * xi, Math.toDegrees(gamma)
        };
    }

    /** Latitude and longitude in degrees of a grid position (easting, northing in metres). */
    double[] inverse(double easting, double northing) {
        double xi = (northing - falseNorthing) / (k0 * a1);
        double eta = (easting - falseEasting) / (k0 * a1);
        double xip = xi;
        double etap = eta;
        for (int j = 1; j <= ORDER; j++) {
            xip -= bet[j] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etap -= bet[j] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double sinhEtap = Math.sinh(etap);
        double cosXip = Math.cos(xip);
        double taup = Math.sin(xip) / Math.hypot(sinhEtap, cosXip);
        double lam = Math.atan2(sinhEtap, cosXip);
        double tau = tauf(taup);
        double lat = Math.toDegrees(Math.atan(tau));
        double lon = Math.IEEEremainder(lon0 + Math.toDegrees(lam), 360);
        return new double[] {lat, lon == -180 ? 180 : lon};
    }

    private double taupf(double tau) {
        double tau1 = Math.hypot(1, tau);
        double sig = Math.sinh(e * atanh(e * tau / tau1));
        return Math.hypot(1, sig) * tau - sig * tau1;
    }

    /** Newton's method for tan(latitude) from tan(conformal latitude), as in GeographicLib Math::tauf. */
    private double tauf(double taup) {
        double e2m = 1 - e2;
        double tau = taup / e2m;
        for (int i = 0; i < 10; i++) {
            double taupa = taupf(tau);
            double dtau = (taup - taupa) * (1 + e2m * tau * tau)
                    / (e2m * Math.hypot(1, tau) * Math.hypot(1, taupa));
            tau += dtau;
            if (Math.abs(dtau) < 1e-15 * Math.max(1, Math.abs(tau))) {
                break;
            }
        }
        return tau;
    }

    private static double asinh(double x) {
        double y = Math.abs(x);
        return Math.copySign(Math.log1p(y + y * y / (1 + Math.sqrt(1 + y * y))), x);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }
}
