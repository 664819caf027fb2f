package org.mineledger.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {
    @TempDir
    Path dir;

    private final GeoJsonReader reader = new GeoJsonReader();

    private Path file(String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private static String collection(String... geometries) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < geometries.length; i++) {
            sb.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"n\":").append(i + 1)
                    .append("},\"geometry\":").append(geometries[i]).append('}');
        }
        return sb.append("\n]}").toString();
    }

    private static final String SQUARE = "[[27.0,58.0],[27.001,58.0],[27.001,58.001],[27.0,58.001],[27.0,58.0]]";

    @Test
    void readsAllSixGeometryTypesWithIdAndProperties() throws IOException {
        Path f = file("all.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"HA-0001","properties":{"name":"Field","count":3,"depth":13.5,"ok":true,
                   "none":null,"tags":["a","b"]},"geometry":{"type":"Point","coordinates":[27.1,58.0,120.0]}},
                 {"type":"Feature","id":7,"properties":null,"geometry":{"type":"LineString","coordinates":[[27.1,58.0],[27.2,58.1]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[%s]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[27.1,58.0],[27.2,58.1]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[27.1,58.0],[27.2,58.1]],[[27.3,58.0],[27.4,58.1]]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[%s],[%s]]}}
                ]}""".formatted(SQUARE, SQUARE, SQUARE.replace("27.0,", "27.01,").replace("27.001,", "27.011,")));

        List<GeoJsonFeature> features = reader.read(f);

        assertThat(features).extracting(g -> g.geometry().getGeometryType())
                .containsExactly("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon");
        assertThat(features).extracting(GeoJsonFeature::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(features.get(0).id()).isEqualTo("HA-0001");
        assertThat(features.get(1).id()).isEqualTo("7");
        assertThat(features.get(2).id()).isEmpty();
        assertThat(features.get(0).properties()).containsEntry("name", "Field").containsEntry("count", 3L)
                .containsEntry("depth", 13.5).containsEntry("ok", true).containsEntry("none", null)
                .containsEntry("tags", List.of("a", "b"));
        assertThat(features.get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(27.1, 58.0));
        assertThat(features.get(0).geometry().getSRID()).isEqualTo(4326);
        assertThat(((MultiPolygon) features.get(5).geometry()).getNumGeometries()).isEqualTo(2);
    }

    @Test
    void keepsPolygonHolesInOrder() throws IOException {
        String hole = "[[27.0002,58.0002],[27.0002,58.0008],[27.0008,58.0008],[27.0008,58.0002],[27.0002,58.0002]]";
        Path f = file("hole.geojson", collection("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "," + hole + "]}"));

        Polygon p = (Polygon) reader.read(f).get(0).geometry();

        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(p.getInteriorRingN(0).getCoordinateN(1)).isEqualTo(new Coordinate(27.0002, 58.0008));
    }

    @Test
    void reportsLineAndColumnOfMalformedJson() throws IOException {
        Path f = file("hazards.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n  {\"type\":\"Feature\",,}\n]}");

        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("hazards.geojson, line 3, column 21: the file is not valid JSON");
    }

    @Test
    void reportsUnclosedPolygonRingWithFileAndFeatureNumber() throws IOException {
        String open = "[[27.0,58.0],[27.001,58.0],[27.001,58.001],[27.0,58.001],[27.0,58.0005]]";
        Path f = file("hazards.geojson", collection(point(), point(), point(),
                "{\"type\":\"Polygon\",\"coordinates\":[" + open + "]}"));

        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOfSatisfying(GeoJsonException.class, e -> assertThat(e.featureNumber()).isEqualTo(4))
                .hasMessage("hazards.geojson, feature 4: polygon ring 1 is not closed (first and last positions differ)");
    }

    @Test
    void reportsUnclosedRingInsideAMultiPolygonByPolygonAndRing() throws IOException {
        String open = "[[27.0,58.0],[27.001,58.0],[27.001,58.001],[27.0,58.002]]";
        Path f = file("m.geojson", collection("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + SQUARE
                + "," + open + "]]}"));

        assertThatThrownBy(() -> reader.read(f)).hasMessage(
                "m.geojson, feature 1: polygon 2, polygon ring 2 is not closed (first and last positions differ)");
    }

    @Test
    void reportsOutOfRangeLatitudeWithTheValueAndWhere() throws IOException {
        Path f = file("hazards.geojson", collection(point(),
                "{\"type\":\"LineString\",\"coordinates\":[[27.1,58.0],[27.2,95.25]]}"));

        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("hazards.geojson, feature 2: latitude 95.25 at position 2 of the line "
                        + "is out of range (-90 to 90)");
    }

    @Test
    void suggestsSwappedAxesWhenLongitudeAndLatitudeAreReversed() throws IOException {
        Path f = file("swapped.geojson", collection("{\"type\":\"Point\",\"coordinates\":[58.0,127.5]}"));

        assertThatThrownBy(() -> reader.read(f))
                .hasMessageContaining("latitude 127.5")
                .hasMessageContaining("latitude before longitude");
    }

    @Test
    void explainsProjectedMetresAsOutOfRangeLongitude() throws IOException {
        Path f = file("utm.geojson", collection("{\"type\":\"Point\",\"coordinates\":[627466.5,6427201.0]}"));

        assertThatThrownBy(() -> reader.read(f))
                .hasMessageContaining("longitude 627466.5 at position 1 of the point is out of range (-180 to 180)")
                .hasMessageContaining("projected metres");
    }

    @Test
    void rejectsUnknownGeometryTypeNamingTheSupportedTypes() throws IOException {
        Path f = file("hazards.geojson", collection(point(), "{\"type\":\"Circle\",\"coordinates\":[27.1,58.0]}"));

        assertThatThrownBy(() -> reader.read(f))
                .hasMessage("hazards.geojson, feature 2: geometry type 'Circle' is not supported; use Point, "
                        + "LineString, Polygon, MultiPoint, MultiLineString or MultiPolygon");
    }

    @Test
    void rejectsFeatureWithoutGeometry() throws IOException {
        Path f = file("g.geojson", collection("null"));

        assertThatThrownBy(() -> reader.read(f)).hasMessage("g.geojson, feature 1: it has no geometry; every feature "
                + "needs a location");
    }

    @Test
    void rejectsPositionThatIsNotTwoNumbers() throws IOException {
        Path f = file("g.geojson", collection("{\"type\":\"Polygon\",\"coordinates\":[[[27.0,58.0],[27.1,\"58\"],"
                + "[27.1,58.1],[27.0,58.0]]]}"));

        assertThatThrownBy(() -> reader.read(f)).hasMessage("g.geojson, feature 1: position 2 of polygon ring 1 is "
                + "not [longitude, latitude] (two numbers)");
    }

    @Test
    void rejectsDocumentThatIsNotAFeatureCollection() throws IOException {
        Path f = file("one.geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + point() + "}");

        assertThatThrownBy(() -> reader.read(f))
                .hasMessage("one.geojson: expected a GeoJSON FeatureCollection but found type 'Feature'");
    }

    @Test
    void reportsEmptyAndMissingFiles() throws IOException {
        Path empty = file("empty.geojson", "");

        assertThatThrownBy(() -> reader.read(empty)).hasMessage("empty.geojson: the file is empty");
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.geojson")))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("gone.geojson: the file does not exist");
    }

    private static String point() {
        return "{\"type\":\"Point\",\"coordinates\":[27.1,58.0]}";
    }
}
