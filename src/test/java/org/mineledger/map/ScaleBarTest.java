package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
    private static final double A = 6378137.0;
    private static final double E2 = 0.0066943799901413165; // WGS84 first eccentricity squared

    @Test
    void onTheEquatorAPixelIsTheDisplayResolutionOnTheGround() {
        // Web Mercator's sphere has the WGS84 equatorial radius, so along the equator one display metre is one
        // metre on the ellipsoid: an independent value for the geodesic measurement.
        Viewport v = new Viewport(0, 0, 2.0, 1000, 600);
        ScaleBar bar = ScaleBar.of(v, 200);
        assertThat(bar.metres()).isEqualTo(200);
        assertThat(bar.pixels()).isCloseTo(100, within(1e-6));
        assertThat(bar.label()).isEqualTo("200 m");
    }

    @Test
    void atSixtyNorthTheBarUsesTheParallelRadiusOfTheEllipsoid() {
        double lat = 60;
        Viewport v = new Viewport(Viewport.mercX(25), Viewport.mercY(lat), 4.0, 1000, 600);
        ScaleBar bar = ScaleBar.of(v, 200);
        double phi = Math.toRadians(lat);
        double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        // Mercator: a display pixel spans resolution / (a / (N cos φ)) metres along the parallel.
        double groundPerPixel = 4.0 * n * Math.cos(phi) / A;
        assertThat(bar.pixels() * groundPerPixel).isCloseTo(bar.metres(), within(bar.metres() * 1e-5));
        assertThat(bar.metres()).isIn(100.0, 200.0, 500.0);
    }

    @Test
    void roundsDownToOneTwoOrFive() {
        assertThat(ScaleBar.roundDown(7.3)).isEqualTo(5);
        assertThat(ScaleBar.roundDown(1999)).isEqualTo(1000);
        assertThat(ScaleBar.roundDown(0.31)).isCloseTo(0.2, within(1e-12));
        assertThat(new ScaleBar(2000, 10).label()).isEqualTo("2 km");
    }
}
