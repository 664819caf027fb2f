package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MGRS in both hemispheres against GeographicLib's GeoConvert 2.1.2. */
class MgrsTest {

    @ParameterizedTest
    @CsvSource({
        // echo 34HBH1234567890 | GeoConvert -p 9 -> -33.69001297428731 17.89691391759720
        "34HBH1234567890, -33.69001297428731, 17.89691391759720",
        // echo 18DWG9369098292140397 | GeoConvert -p 9 -> -70.35924094641722 -72.50185812510290
        "18DWG9369098292140397, -70.35924094641722, -72.50185812510290",
        // echo 45JWG0417069162612881 | GeoConvert -p 9 -> -30.16786440497549 87.04331612886757
        "45JWG0417069162612881, -30.16786440497549, 87.04331612886757",
        // echo 33TYM0000000000000000 | GeoConvert -p 9 -> 46.02435340017247 17.58406512704848
        "33TYM0000000000000000, 46.02435340017247, 17.58406512704848",
        // Bands C and X reach past 80°S and 84°N as in GeoConvert:
        // echo 04CDR3457500434 | GeoConvert -p 9 -> -81.03796126564357 -162.76448409609756
        "04CDR3457500434, -81.03796126564357, -162.76448409609756",
        // echo 03XXQ0136088667 | GeoConvert -p 9 -> 85.34904689478876 -153.73199946703707
        "03XXQ0136088667, 85.34904689478876, -153.73199946703707"})
    void readsReferencesInBothHemispheresLikeGeoConvert(String mgrs, double lat, double lon) {
        GeoPoint p = Mgrs.parse(mgrs);
        assertThat(p.lat()).isCloseTo(lat, within(1e-11));
        assertThat(p.lon()).isCloseTo(lon, within(1e-11));
    }

    @Test
    void refusesASquareThatIsNotInTheBand() {
        // echo 35CNH2746607201 | GeoConvert -> ERROR: Block NH not in zone/band 35C
        assertThatThrownBy(() -> Mgrs.parse("35CNH2746607201"))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessage("MGRS square NH is not in zone 35 band C (column 4): check the band letter and the two"
                        + " square letters (band C is 80°S to 72°S)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32XNH1234512345", "34XEG1234512345", "36XWG1234512345"})
    void refusesZonesThatHaveNoBandX(String mgrs) {
        // GeoConvert reads these (34XEG1234512345 -> 73.10602 21.38061, 36XWG1234512345 -> 73.10602 33.38061), but NGA.SIG.0012 has no zones 32X, 34X and 36X (Svalbard uses 31X-37X)
        assertThatThrownBy(() -> Mgrs.parse(mgrs))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessageStartingWith("MGRS zone " + mgrs.substring(0, 2) + " has no band X (column 1):")
                .hasMessageContaining("zone 31X, 33X, 35X or 37X");
    }

    @Test
    void writesUtmDigitsWithoutARoundTrip() {
        // echo "16n 587926 6066048" | GeoConvert -m -p 0 -> 16UEF8792666048
        UtmPosition a = new UtmPosition(16, true, 587926, 6066048);
        assertThat(Mgrs.format(a, Utm.inverse(a).lat(), 5)).isEqualTo("16UEF8792666048");
        // echo "33n 700000 5100000" | GeoConvert -m -p 3 -> 33TYM0000000000000000
        UtmPosition b = new UtmPosition(33, true, 700000, 5100000);
        assertThat(Mgrs.format(b, Utm.inverse(b).lat(), 8)).isEqualTo("33TYM0000000000000000");
    }

    @Test
    void truncatesWholeMicrometresLikeGeoConvert() {
        // GeographicLib counts whole micrometres, floor(x * 1e6), before it truncates:
        // echo "33n 699999.9999999999 5099999.9999999999" | GeoConvert -m -p 3 -> 33TXM9999999900000000
        UtmPosition u = new UtmPosition(33, true, 699_999.9999999999, 5_099_999.9999999999);
        assertThat(Mgrs.format(u, Utm.inverse(u).lat(), 8)).isEqualTo("33TXM9999999900000000");
        // echo "33n 699999.9999 5099999.9999" | GeoConvert -m -p 3 -> 33TXL9999999999999999
        UtmPosition v = new UtmPosition(33, true, 699_999.9999, 5_099_999.9999);
        assertThat(Mgrs.format(v, Utm.inverse(v).lat(), 8)).isEqualTo("33TXL9999999999999999");
    }

    @Test
    void roundTripsRandomPointsInBothHemispheres() {
        SplittableRandom random = new SplittableRandom(20_240_611);
        for (int i = 0; i < 1000; i++) {
            GeoPoint p = new GeoPoint(random.nextDouble(-80, 84), random.nextDouble(-180, 180));
            String mm = Mgrs.format(p, 8);
            assertThat(metresApart(Mgrs.parse(mm), p)).as(mm).isLessThan(0.001);
            String m = Mgrs.format(p, 5);
            GeoPoint centre = Mgrs.parse(m);
            assertThat(metresApart(centre, p)).as(m).isLessThan(0.71);
            if (Utm.standardZone(centre) == Utm.standardZone(p)) {
                assertThat(Mgrs.format(centre, 5)).as(m + " read back").isEqualTo(m);
            }
        }
    }

    /** Ground distance of two points less than a metre apart (local plane; 0.1 % is plenty here). */
    private static double metresApart(GeoPoint a, GeoPoint b) {
        double north = (a.lat() - b.lat()) * 111_320;
        double east = (a.lon() - b.lon()) * 111_320 * Math.cos(Math.toRadians(a.lat()));
        return Math.hypot(north, east);
    }
}
