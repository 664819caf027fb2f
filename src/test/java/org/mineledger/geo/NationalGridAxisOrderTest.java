package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Easting and northing are never swapped silently: labelled input is read in any order, an unlabelled pair
 * only where the grid's value ranges decide its order.
 *
 * <p>Every grid position below was made with PROJ 9.1.1: {@code echo "LAT LON" | cs2cs -d 4 EPSG:4326 EPSG:NNNN}
 * (printed in EPSG axis order: E,N for 3067, N,E for the others). For the ambiguous Polish and Latvian pairs,
 * the swapped reading was checked to lie inside the country too: {@code cs2cs -d 4 EPSG:2180 EPSG:4326 <<<
 * "602482.6088 482607.5770"} gives 53.2872 18.7390, {@code cs2cs EPSG:3059 EPSG:4326 <<< "402287.6732
 * 296264.9473"} gives 57.7165 20.5794; for the unambiguous ones it lies outside: 54.6015 13.4721 (west of
 * Poland) and 59.5011 20.7950 (north of Latvia).
 */
class NationalGridAxisOrderTest {
    private static final CoordinateParser PARSER = new CoordinateParser();

    private static double metres(GeoPoint a, double lat, double lon) {
        return Geodesy.inverse(a, new GeoPoint(lat, lon)).distance().metres();
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({
        "3067, 60.4567, 25.1234, 6703745.3444, 396783.1142",
        "2180, 52.2, 20.5, 482607.5770, 602482.6088",
        "2180, 49.1, 22.6, 143181.6171, 762682.1248",
        "3346, 55.0, 24.0, 6096010.8669, 500000.0000",
        "3059, 57.0, 25.65, 318596.4109, 600228.3676",
        "3059, 56.8, 22.4, 296264.9473, 402287.6732",
        "3301, 58.5, 25.0, 6484858.3798, 558300.4820"})
    void readsLabelledValuesInEitherOrder(int epsg, double lat, double lon, String n, String e) {
        String[] texts = {
            "EPSG:" + epsg + " N " + n + " E " + e,
            "EPSG:" + epsg + " E " + e + " N " + n,
            "epsg:" + epsg + " e=" + e + ", n=" + n,
            "EPSG:" + epsg + " N:" + n + "; E:" + e};
        for (String text : texts) {
            assertThat(metres(PARSER.parse(text), lat, lon)).as(text).isLessThan(0.001);
        }
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({
        "2180, 52.2, 20.5, 482607.5770, 602482.6088",
        "3346, 55.0, 24.0, 6096010.8669, 500000.0000",
        "3059, 57.0, 25.65, 318596.4109, 600228.3676",
        "3301, 58.5, 25.0, 6484858.3798, 558300.4820"})
    void readsXAsTheNorthingWhereEpsgNamesTheAxesXAndY(int epsg, double lat, double lon, String n, String e) {
        assertThat(metres(PARSER.parse("EPSG:" + epsg + " x=" + n + " y=" + e), lat, lon)).isLessThan(0.001);
        assertThat(metres(PARSER.parse("EPSG:" + epsg + " Y " + e + " X " + n), lat, lon)).isLessThan(0.001);
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({
        "3067, 60.4567, 25.1234, 6703745.3444, 396783.1142",
        "2180, 49.1, 22.6, 143181.6171, 762682.1248",
        "3346, 55.0, 24.0, 6096010.8669, 500000.0000",
        "3059, 57.0, 25.65, 318596.4109, 600228.3676",
        "3301, 58.5, 25.0, 6484858.3798, 558300.4820"})
    void readsAnUnlabelledPairInEitherOrderWhereTheValueRangesDecide(int epsg, double lat, double lon, String n,
            String e) {
        assertThat(metres(PARSER.parse("EPSG:" + epsg + " " + n + " " + e), lat, lon)).isLessThan(0.001);
        assertThat(metres(PARSER.parse("EPSG:" + epsg + " " + e + ", " + n), lat, lon)).isLessThan(0.001);
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({
        "3067, 60.4567, 25.1234, 6703745.3444, 396783.1142",
        "3346, 55.0, 24.0, 6096010.8669, 500000.0000"})
    void readsXAndYByValueRangeWhereEpsgNamesTheAxesEAndN(int epsg, double lat, double lon, String n, String e) {
        // EPSG:3067 names its axes E and N; whichever way round x and y are typed, the values decide.
        assertThat(metres(PARSER.parse("EPSG:" + epsg + " x=" + n + " y=" + e), lat, lon)).isLessThan(0.001);
        if (epsg == 3067) {
            assertThat(metres(PARSER.parse("EPSG:3067 x=" + e + " y=" + n), lat, lon)).isLessThan(0.001);
        }
    }

    @ParameterizedTest(name = "EPSG:{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "2180|PL-1992 (Poland)|482607.5770|602482.6088",
        "2180|PL-1992 (Poland)|602482.6088|482607.5770",
        "3059|LKS-92 (Latvia)|296264.9473|402287.6732"})
    void refusesAnUnlabelledPairThatFitsTheCountryEitherWay(int epsg, String label, String a, String b) {
        assertThatThrownBy(() -> PARSER.parse("EPSG:" + epsg + " " + a + " " + b))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessage("EPSG:" + epsg + " position " + a + " " + b + " can be read either way: both orders lie"
                        + " in the area of " + label + " (column 11): label them: write EPSG:" + epsg + " N " + a
                        + " E " + b + " if " + a + " is the northing (x), or EPSG:" + epsg + " E " + a + " N " + b
                        + " if it is the easting (y)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EPSG:2180 N 482607.5770 602482.6088|column 25",
        "EPSG:2180 N 482607.5770 N 602482.6088|column 25",
        "EPSG:2180 x 482607.5770 E 602482.6088|column 25"})
    void refusesHalfLabelledOrMixedLabels(String text, String column) {
        assertThatThrownBy(() -> PARSER.parse(text)).isInstanceOf(CoordinateFormatException.class)
                .hasMessageStartingWith("Label both values E and N (or x and y), or neither (" + column + ")");
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @CsvSource({"3067", "2180", "3346", "3059", "3301"})
    void printsLabelledValuesThatReadBackEvenWhereAnUnlabelledPairWouldBeRefused(int epsg) {
        CoordinateSystem system = CoordinateSystem.of("epsg:" + epsg);
        GeoPoint p = switch (epsg) {
            case 3067 -> new GeoPoint(60.4567, 25.1234);
            case 2180 -> new GeoPoint(52.2, 20.5);
            case 3346 -> new GeoPoint(55.0, 24.0);
            case 3059 -> new GeoPoint(56.8, 22.4);
            default -> new GeoPoint(58.5, 25.0);
        };
        String text = system.format(p, Precision.MILLIMETRE);
        assertThat(text).matches("EPSG:" + epsg + (epsg == 3067 ? " E [0-9.]+ N [0-9.]+" : " N [0-9.]+ E [0-9.]+"));
        assertThat(metres(PARSER.parse(text), p.lat(), p.lon())).isLessThan(0.001);
    }
}
