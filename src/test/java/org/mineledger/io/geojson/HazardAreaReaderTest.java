package org.mineledger.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

class HazardAreaReaderTest {
    private static final Instant T = Instant.parse("2025-03-03T08:00:00Z");
    private static final String SQUARE = "[[[27.0,58.0],[27.001,58.0],[27.001,58.001],[27.0,58.001],[27.0,58.0]]]";

    @TempDir
    Path dir;

    private Path hazards(String properties, String geometry) throws IOException {
        Path f = dir.resolve("hazards.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"reference\":\"HA-0001\",\"name\":\"Ok\",\"kind\":\"SHA\",\"status\":\"active\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}},{\"type\":\"Feature\",\"properties\":"
                + properties + ",\"geometry\":" + geometry + "}]}");
        return f;
    }

    @Test
    void readsKindCodesAndStatusLabels() throws IOException {
        Path f = hazards("{\"reference\":\"HA-0002\",\"name\":\"Belt\",\"kind\":\"LMF\",\"status\":\"handed over\"}",
                "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}");

        var areas = new HazardAreaReader().read(f, T);

        assertThat(areas.get(1).kind()).isEqualTo(HazardKind.LAID_MINEFIELD);
        assertThat(areas.get(1).status()).isEqualTo(HazardStatus.HANDED_OVER);
        assertThat(areas.get(1).createdAt()).isEqualTo(T);
        assertThat(areas.get(1).notes()).isEmpty();
    }

    @Test
    void rejectsUnknownKindNamingTheFeature() throws IOException {
        Path f = hazards("{\"reference\":\"HA-0002\",\"name\":\"X\",\"kind\":\"UXO\",\"status\":\"active\"}",
                "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}");

        assertThatThrownBy(() -> new HazardAreaReader().read(f, T))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("hazards.geojson, feature 2: Unknown hazard kind 'UXO'");
    }

    @Test
    void rejectsMissingReference() throws IOException {
        Path f = hazards("{\"name\":\"X\",\"kind\":\"SHA\",\"status\":\"active\"}",
                "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}");

        assertThatThrownBy(() -> new HazardAreaReader().read(f, T))
                .hasMessage("hazards.geojson, feature 2: the property \"reference\" is missing or empty");
    }

    @Test
    void rejectsSelfIntersectingBoundaryNamingTheFeature() throws IOException {
        String bowTie = "[[[27.0,58.0],[27.001,58.001],[27.001,58.0],[27.0,58.001],[27.0,58.0]]]";
        Path f = hazards("{\"reference\":\"HA-0002\",\"name\":\"X\",\"kind\":\"CHA\",\"status\":\"active\"}",
                "{\"type\":\"Polygon\",\"coordinates\":" + bowTie + "}");

        assertThatThrownBy(() -> new HazardAreaReader().read(f, T))
                .hasMessageStartingWith("hazards.geojson, feature 2: The boundary is not valid: self-intersection");
    }

    @Test
    void rejectsPointsAndMultiPolygons() throws IOException {
        Path f = hazards("{\"reference\":\"HA-0002\",\"name\":\"X\",\"kind\":\"CHA\",\"status\":\"active\"}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}");

        assertThatThrownBy(() -> new HazardAreaReader().read(f, T))
                .hasMessageStartingWith("hazards.geojson, feature 2: a hazard area must be a Polygon, not a MultiPolygon");
    }
}
