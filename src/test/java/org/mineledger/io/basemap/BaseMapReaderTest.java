package org.mineledger.io.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.mineledger.io.BundledResources;
import org.mineledger.io.DataFileException;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.BaseLayer;
import org.mineledger.map.BaseMap;
import org.mineledger.map.LayerKind;

class BaseMapReaderTest {
    private static final String BANNER = "TRAINING — FICTIONAL DATA";
    private final BaseMapReader reader = new BaseMapReader();

    @Test
    void listsTheWorldAndTrainingMaps() {
        assertThat(reader.ids()).containsExactly("world", "training");
    }

    @Test
    void trainingMapLoadsAllLayersWithTheFeatureCountsOfItsIndex() {
        BaseMap map = reader.load("training");
        JsonNode counts = new BundledResources().readJson("maps/training/map.json").get("featureCounts");

        assertThat(map.layers()).extracting(BaseLayer::kind).containsExactly(LayerKind.FARMLAND, LayerKind.FOREST,
                LayerKind.LAKE, LayerKind.RIVER, LayerKind.VILLAGE, LayerKind.TRACK, LayerKind.ROAD,
                LayerKind.STATE_BORDER, LayerKind.LABEL);
        for (BaseLayer layer : map.layers()) {
            assertThat(layer.features()).as(layer.name()).hasSize(counts.get(layer.name()).asInt()).isNotEmpty();
        }
        assertThat(map.layer(LayerKind.FARMLAND).orElseThrow().features()).hasSizeGreaterThan(200);
    }

    @Test
    void trainingMapIsMarkedFictionalInItsIndexAndEveryFeature() throws IOException {
        BaseMap map = reader.load("training");

        assertThat(map.training()).isTrue();
        assertThat(map.banner()).isEqualTo(BANNER);
        for (BaseLayer layer : map.layers()) {
            String path = "maps/training/" + layer.name() + ".geojson";
            assertThat(new BundledResources().readJson(path).get("banner").asText()).as(path).isEqualTo(BANNER);
            try (var in = new BundledResources().open(path)) {
                assertThat(new GeoJsonReader().read(in, path)).as(path)
                        .allSatisfy(f -> assertThat(f.properties()).containsEntry("banner", BANNER));
            }
        }
    }

    @Test
    void trainingMapIsAboutFifteenByTenKilometresAndEveryFeatureLiesInside() {
        BaseMap map = reader.load("training");
        var e = map.extent();
        double widthKm = (e.east() - e.west()) * 111.32 * Math.cos(Math.toRadians((e.south() + e.north()) / 2));
        double heightKm = (e.north() - e.south()) * 111.2;

        assertThat(widthKm).isBetween(14.0, 16.0);
        assertThat(heightKm).isBetween(9.5, 10.5);
        for (BaseLayer layer : map.layers()) {
            for (BaseFeature f : layer.features()) {
                for (Coordinate c : f.geometry().getCoordinates()) {
                    assertThat(e.contains(c.x, c.y)).as(layer.name() + " " + f.label()).isTrue();
                }
            }
        }
    }

    @Test
    void trainingMapPolygonsAreValid() {
        for (BaseLayer layer : reader.load("training").layers()) {
            for (BaseFeature f : layer.features()) {
                if (f.geometry().getDimension() == 2) {
                    assertThat(new IsValidOp(f.geometry()).getValidationError()).as(layer.name() + " " + f.label())
                            .isNull();
                }
            }
        }
    }

    @Test
    void borderCrossingPointLiesOnTheBorderAndOnTheMainRoad() {
        BaseMap map = reader.load("training");
        List<BaseFeature> border = map.layer(LayerKind.STATE_BORDER).orElseThrow().features();
        Geometry line = border.stream().filter(f -> f.cls().equals("state border")).findFirst().orElseThrow().geometry();
        Point crossing = (Point) border.stream().filter(f -> f.cls().equals("crossing")).findFirst().orElseThrow()
                .geometry();
        List<BaseFeature> mainRoads = map.layer(LayerKind.ROAD).orElseThrow().features().stream()
                .filter(f -> f.cls().equals("main")).toList();

        // 1e-7 degrees is about 1 cm: the files store 7 decimals
        assertThat(line.distance(crossing)).isLessThan(1e-7);
        assertThat(mainRoads).anySatisfy(r -> assertThat(r.geometry().distance(crossing)).isLessThan(1e-7));
        assertThat(map.layer(LayerKind.ROAD).orElseThrow().features()).extracting(BaseFeature::cls)
                .containsOnly("main", "secondary");
    }

    @Test
    void worldMapHasTheFiveCountriesTheirNeighboursAndTheTrainingAreaInsideIt() {
        BaseMap world = reader.load("world");
        List<String> names = world.layer(LayerKind.COUNTRY_BORDER).orElseThrow().features().stream()
                .map(BaseFeature::label).toList();

        assertThat(world.training()).isFalse();
        assertThat(names).contains("Finland", "Poland", "Estonia", "Latvia", "Lithuania", "Ukraine", "Belarus",
                "Russia", "Sweden", "Norway", "Germany", "Moldova", "Romania", "Slovakia", "Hungary");
        assertThat(world.extent().contains(reader.load("training").extent())).isTrue();
    }

    @Test
    void unknownBaseMapListsTheAvailableOnes() {
        assertThatThrownBy(() -> reader.load("moon"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("There is no base map called 'moon'. Available base maps: world, training.");
    }
}
