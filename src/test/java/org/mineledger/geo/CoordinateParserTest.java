package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CoordinateParserTest {
    private final CoordinateParser parser = new CoordinateParser();

    @ParameterizedTest
    @ValueSource(strings = {"60.4567 N, 25.1234 E", "60.4567,25.1234", "60.4567 25.1234", "N 60.4567 E 25.1234",
        "25.1234 E 60.4567 N", "60.4567n 25.1234e", " 60.4567N,25.1234E "})
    void readsDecimalDegreesInManyForms(String text) {
        GeoPoint p = parser.parse(text);
        assertThat(p.lat()).isEqualTo(60.4567);
        assertThat(p.lon()).isEqualTo(25.1234);
    }

    @ParameterizedTest
    @ValueSource(strings = {"60°27′24.12″N 25°07′24.24″E", "60d27'24.12\"n, 25d7'24.24\"e", "60 27 24.12 N 25 07 24.24 E",
        "N60°27’24.12'' E25°07’24.24''", "60°27'24.12\" 25°07'24.24\"", "60 27 24.12, 25 7 24.24"})
    void readsDegreesMinutesSecondsForgivingly(String text) {
        GeoPoint p = parser.parse(text);
        assertThat(p.lat()).isCloseTo(60 + 27 / 60.0 + 24.12 / 3600, within(1e-12));
        assertThat(p.lon()).isCloseTo(25 + 7 / 60.0 + 24.24 / 3600, within(1e-12));
    }

    @Test
    void readsSouthAndWestAsNegative() {
        assertThat(parser.parse("33°51′35.9″S 151°12′40″E").lat()).isCloseTo(-33.8599722, within(1e-7));
        assertThat(parser.parse("-33.5, -58.25")).isEqualTo(new GeoPoint(-33.5, -58.25));
        assertThat(parser.parse("51.5 N 0.125 W").lon()).isEqualTo(-0.125);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "35N 527466.760 6707201.478|60.5|27.5",
        "35V 527467 6707201|60.5|27.5",
        "35VNH2746607201|60.5|27.5",
        "35vnh 27466 07201|60.5|27.5",
        "35VNH27466750720147|60.5|27.5"})
    void readsUtmAndMgrsMadeByGeoConvert(String text, double lat, double lon) {
        // GeoConvert: 60.5 27.5 -> 35n 527466.760 6707201.478 and 35VNH2746607201
        GeoPoint p = parser.parse(text);
        assertThat(Geodesy.inverse(p, new GeoPoint(lat, lon)).distance().metres()).isLessThan(0.75);
    }

    @Test
    void readsNationalGridsWithTheirAxisOrder() {
        // cs2cs EPSG:4326 EPSG:2180 <<< "50 24.1" -> 249438.1953 865308.5462 (northing, easting)
        GeoPoint p = parser.parse("EPSG:2180 N 249438.1953 E 865308.5462");
        assertThat(Geodesy.inverse(p, new GeoPoint(50, 24.1)).distance().metres()).isLessThan(0.001);
        GeoPoint q = parser.parse("epsg:2180 E 865308.5462 N 249438.1953");
        assertThat(Geodesy.inverse(q, p).distance().metres()).isLessThan(1e-6);
        // cs2cs EPSG:4326 EPSG:3067 <<< "60.4567 25.1234" -> 396783.1142 6703745.3444 (easting, northing)
        GeoPoint r = parser.parse("EPSG:3067 396783.1142 6703745.3444");
        assertThat(Geodesy.inverse(r, new GeoPoint(60.4567, 25.1234)).distance().metres()).isLessThan(0.001);
    }

    @Test
    void explainsBadMgrsSquareLetters() {
        assertThatThrownBy(() -> parser.parse("35VIO2746607201"))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessage("MGRS square letters 'IO' are not valid (column 4): I and O are never used")
                .extracting(e -> ((CoordinateFormatException) e).column()).isEqualTo(4);
        assertThatThrownBy(() -> parser.parse("35VAH2746607201"))
                .hasMessage("MGRS square letters 'AH' are not valid (column 4): in zone 35 the first letter is one of JKLMNPQR");
        assertThatThrownBy(() -> parser.parse("35UNH2746607201"))
                .hasMessage("MGRS square NH is not in zone 35 band U (column 4):"
                        + " check the band letter and the two square letters (band U is 48°N to 56°N)");
        assertThatThrownBy(() -> parser.parse("35VNH274660720"))
                .hasMessageStartingWith("MGRS reference has 9 digits that cannot be split into easting and northing (column 6)");
        assertThatThrownBy(() -> parser.parse("60,1699 24,5")).as("a decimal comma is named as such")
                .hasMessage("A comma inside a number (decimal comma?) (column 3): write decimals with a point, e.g. "
                        + "60.1699 N, 24.5 E; a comma only separates latitude and longitude");
        assertThat(parser.parse("60, 24").lat()).as("a comma between the two stays a separator").isEqualTo(60.0);
        assertThatThrownBy(() -> parser.parse("35VNH2746607201X")).as("the stray letter, not the band, is named")
                .hasMessageStartingWith("'X' does not belong in an MGRS reference (column 16)");
        assertThatThrownBy(() -> parser.parse("35VNH 27466 07201 m"))
                .hasMessageStartingWith("'m' does not belong in an MGRS reference (column 19)");
    }

    @Test
    void explainsOutOfRangeLatitudeAndMinutes() {
        assertThatThrownBy(() -> parser.parse("91.2, 25.1"))
                .hasMessage("latitude 91.2 is out of range (column 1): latitudes lie between 90 S and 90 N");
        assertThatThrownBy(() -> parser.parse("60.1 N, 181 E"))
                .hasMessage("longitude 181 is out of range (column 9): longitudes lie between 180 W and 180 E");
        assertThatThrownBy(() -> parser.parse("60°61′N 25°E"))
                .hasMessage("Minutes 61 of the latitude are out of range (column 4): they must be less than 60");
        assertThatThrownBy(() -> parser.parse("60.1 N 25.2 N"))
                .hasMessage("Both values are marked as latitude (N/S) (column 13): mark one with N or S and the other with E or W");
        assertThatThrownBy(() -> parser.parse("60.1 x 25"))
                .hasMessageStartingWith("Unexpected 'x' in the coordinate (column 6)");
    }

    @Test
    void explainsUtmBandMismatchAndNationalGridOutsideItsArea() {
        assertThatThrownBy(() -> parser.parse("35U 527467 6707201"))
                .hasMessage("UTM northing 6707201 lies in latitude band V, not U (column 3): check the band letter and the northing");
        // The Finnish point 60.4567 N 25.1234 E written in PL-1992 (cs2cs: 1415924.2046 836399.5502)
        assertThatThrownBy(() -> parser.parse("EPSG:2180 N 1415924.2046 E 836399.5502"))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessageContaining("lies outside the area of PL-1992 (Poland)");
        assertThatThrownBy(() -> CoordinateSystem.of("epsg:2180").format(new GeoPoint(60.45, 25.12), Precision.METRE))
                .hasMessageContaining("outside the area of PL-1992 (Poland)");
    }

    @Test
    void refusesUtmZoneLetterSWhenBothHemisphereAndBandSFit() {
        // echo "33s 500000 4000000" | GeoConvert -p 6 -> -54.148104 15.000000 (S as the hemisphere);
        // echo "33n 500000 4000000" | GeoConvert -p 6 -> 36.144718 15.000000 (band S, 32°N to 40°N)
        assertThatThrownBy(() -> parser.parse("33S 500000 4000000"))
                .isInstanceOf(CoordinateFormatException.class)
                .hasMessage("UTM '33S' can mean two places: southern hemisphere 54.148104 S, 15.000000 E, or latitude"
                        + " band S 36.144718 N, 15.000000 E (column 3): write 33N or 33 north for band S;"
                        + " write 33 south or 33F (its band) for the southern hemisphere");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // echo "33s 500000 8000000" | GeoConvert -p 9 -> -18.08870894312737 15 (band S would be 72°N: only S fits)
        "33S 500000 8000000|-18.08870894312737|15",
        // echo "33south 500000 3700000" | GeoConvert -p 9 -> -56.84381181764670 15
        "33 south 500000 3700000|-56.84381181764670|15",
        "33E 500000 3700000|-56.84381181764670|15",
        // echo "33north 500000 3700000" | GeoConvert -p 9 -> 33.43939467250940 15
        "33 North 500000 3700000|33.43939467250940|15",
        "33north 500000 3700000|33.43939467250940|15",
        "33N 500000 3700000|33.43939467250940|15"})
    void readsUtmHemisphereWordsAndLetterSWhereOnlyOneReadingFits(String text, double lat, double lon) {
        GeoPoint p = parser.parse(text);
        assertThat(p.lat()).isCloseTo(lat, within(1e-11));
        assertThat(p.lon()).isCloseTo(lon, within(1e-11));
    }

    @Test
    void refusesUtmBandXInZonesWithoutIt() {
        assertThatThrownBy(() -> parser.parse("32X 500000 8100000"))
                .hasMessageStartingWith("UTM zone 32 has no band X (column 1): north of 72°N (Svalbard) zones 32, 34 and 36");
    }

    @Test
    void formatsAtTheStatedPrecision() {
        GeoPoint p = new GeoPoint(60.5, 27.5);
        assertThat(new CoordinateFormatter(CoordinateSystem.UTM, Precision.MILLIMETRE).format(p))
                .isEqualTo("35N 527466.760 6707201.478");
        assertThat(new CoordinateFormatter(CoordinateSystem.MGRS, Precision.METRE).format(p)).isEqualTo("35VNH2746607201");
        assertThat(new CoordinateFormatter(CoordinateSystem.MGRS, Precision.CENTIMETRE).format(p))
                .isEqualTo("35VNH27466750720147");
        assertThat(new CoordinateFormatter(CoordinateSystem.LATLON, Precision.METRE).format(new GeoPoint(60.4567, -25.1234)))
                .isEqualTo("60.456700 N, 25.123400 W");
        assertThat(new CoordinateFormatter(CoordinateSystem.DMS, Precision.METRE).format(new GeoPoint(60.4567, 25.1234)))
                .isEqualTo("60°27′24.12″ N, 025°07′24.24″ E");
        assertThat(new CoordinateFormatter(CoordinateSystem.DMS, Precision.CENTIMETRE).format(new GeoPoint(59.99999999999, 25)))
                .isEqualTo("60°00′00.0000″ N, 025°00′00.0000″ E");
    }
}
