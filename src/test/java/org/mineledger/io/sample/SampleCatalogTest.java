package org.mineledger.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.mineledger.io.BundledResources;
import org.mineledger.io.geojson.GeoJsonFeature;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.BaseMap;
import org.mineledger.map.LayerKind;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

class SampleCatalogTest {
    private static final String BANNER = "TRAINING — FICTIONAL DATA";
    private final SampleCatalog catalog = new SampleCatalog();

    private SampleScenario borderCrossing() {
        return catalog.load("border-crossing");
    }

    private static List<GeoJsonFeature> rawHazardFeatures() throws IOException {
        try (var in = new BundledResources().open("samples/border-crossing/hazards.geojson")) {
            return new GeoJsonReader().read(in, "hazards.geojson");
        }
    }

    private static double geodesicAreaM2(Polygon p) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] c = p.getExteriorRing().getCoordinates();
        for (int i = 0; i < c.length - 1; i++) {
            area.AddPoint(c[i].y, c[i].x);
        }
        return Math.abs(area.Compute().area);
    }

    private static double metres(Coordinate a, Coordinate b) {
        return Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
    }

    @Test
    void listsTheBorderCrossingSample() {
        assertThat(catalog.ids()).contains("border-crossing");
    }

    @Test
    void borderCrossingIsMarkedAsFictionalTrainingDataOnTheTrainingMap() throws IOException {
        SampleScenario s = borderCrossing();

        assertThat(s.id()).isEqualTo("border-crossing");
        assertThat(s.training()).isTrue();
        assertThat(s.banner()).isEqualTo(BANNER);
        assertThat(s.baseMap()).isEqualTo("training");
        assertThat(s.title()).isNotBlank();
        assertThat(s.description()).hasSizeGreaterThan(200);
        assertThat(rawHazardFeatures()).allSatisfy(f -> assertThat(f.properties()).containsEntry("banner", BANNER));
    }

    @Test
    void borderCrossingHasAtLeastThreeAreasOfEachKindAndMostlyActiveOnes() {
        List<HazardArea> areas = borderCrossing().hazardAreas();
        Map<HazardKind, Long> kinds = areas.stream().collect(Collectors.groupingBy(HazardArea::kind, Collectors.counting()));
        Map<HazardStatus, Long> statuses =
                areas.stream().collect(Collectors.groupingBy(HazardArea::status, Collectors.counting()));

        assertThat(areas).hasSizeGreaterThanOrEqualTo(10);
        assertThat(kinds).containsOnlyKeys(HazardKind.values()).allSatisfy((k, n) -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(statuses.get(HazardStatus.ACTIVE)).isGreaterThan(areas.size() / 2L);
        assertThat(statuses).containsEntry(HazardStatus.HANDED_OVER, 1L)
                .containsKeys(HazardStatus.REDUCED, HazardStatus.CLEARED, HazardStatus.CANCELLED);
        assertThat(areas).extracting(a -> a.reference().value()).doesNotHaveDuplicates()
                .allMatch(r -> r.matches("HA-\\d{4}"));
    }

    @Test
    void everyAreaIsAValidCounterClockwisePolygonOfSixToTwentyCorners() throws IOException {
        for (GeoJsonFeature f : rawHazardFeatures()) {
            Polygon p = (Polygon) f.geometry();
            assertThat(new IsValidOp(p).getValidationError()).as(f.id()).isNull();
            assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinates())).as(f.id() + " counter-clockwise").isTrue();
            assertThat(p.getExteriorRing().getNumPoints() - 1).as(f.id() + " corners").isBetween(6, 20);
        }
    }

    @Test
    void everyAreaCoversHalfToFifteenHectares() {
        for (HazardArea a : borderCrossing().hazardAreas()) {
            assertThat(geodesicAreaM2(a.polygon()) / 10_000).as(a.reference() + " hectares").isBetween(0.5, 15.0);
        }
    }

    @Test
    void laidMinefieldsAreNarrowBeltsWithinThreeHundredMetresOfTheStateBorder() {
        BaseMap map = new BaseMapReader().load("training");
        Coordinate[] border = map.layer(LayerKind.STATE_BORDER).orElseThrow().features().stream()
                .map(BaseFeature::geometry).filter(g -> g.getDimension() == 1).findFirst().orElseThrow().getCoordinates();
        List<HazardArea> belts = borderCrossing().hazardAreas().stream()
                .filter(a -> a.kind() == HazardKind.LAID_MINEFIELD).toList();

        assertThat(belts).hasSizeGreaterThanOrEqualTo(3);
        for (HazardArea belt : belts) {
            Coordinate[] c = belt.polygon().getCoordinates();
            double length = 0;
            for (Coordinate a : c) {
                for (Coordinate b : c) {
                    length = Math.max(length, metres(a, b));
                }
                double toBorder = Double.MAX_VALUE;
                for (Coordinate b : border) {
                    toBorder = Math.min(toBorder, metres(a, b));
                }
                assertThat(toBorder).as(belt.reference() + " corner to border, m").isLessThan(300);
            }
            double meanWidth = geodesicAreaM2(belt.polygon()) / length;
            assertThat(length).as(belt.reference() + " length, m").isBetween(300.0, 650.0);
            assertThat(meanWidth).as(belt.reference() + " mean width, m").isBetween(40.0, 100.0);
        }
    }

    @Test
    void everyAreaLiesInsideTheTrainingMapAndNoTwoOverlap() {
        BaseMap map = new BaseMapReader().load("training");
        List<HazardArea> areas = borderCrossing().hazardAreas();

        for (HazardArea a : areas) {
            for (Coordinate c : a.polygon().getCoordinates()) {
                assertThat(map.extent().contains(c.x, c.y)).as(a.reference() + " at " + c).isTrue();
            }
            for (HazardArea b : areas) {
                if (a != b) {
                    assertThat(a.polygon().intersects(b.polygon())).as(a.reference() + " vs " + b.reference()).isFalse();
                }
            }
        }
    }

    @Test
    void tracksOfTheTrainingMapCrossMostHazardPerimeters() {
        BaseMap map = new BaseMapReader().load("training");
        List<BaseFeature> tracks = map.layer(LayerKind.TRACK).orElseThrow().features();
        Set<String> crossingTracks = new HashSet<>();
        long crossedAreas = borderCrossing().hazardAreas().stream().filter(a -> {
            Geometry perimeter = a.polygon().getExteriorRing();
            List<String> names = tracks.stream().filter(t -> t.geometry().intersects(perimeter))
                    .map(BaseFeature::label).toList();
            crossingTracks.addAll(names);
            return !names.isEmpty();
        }).count();

        assertThat(crossedAreas).isGreaterThanOrEqualTo(10);
        assertThat(crossingTracks).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void loadingTwiceGivesEqualAreasCreatedAtTheManifestTime() {
        SampleScenario first = borderCrossing();
        SampleScenario second = borderCrossing();

        assertThat(second).isEqualTo(first);
        assertThat(first.hazardAreas()).extracting(HazardArea::createdAt)
                .containsOnly(Instant.parse("2025-03-03T08:00:00Z"));
        assertThat(first.hazardAreas()).extracting(HazardArea::id).containsOnly(0L);
    }

    @Test
    void unknownSampleNameListsTheAvailableSamples() {
        assertThatThrownBy(() -> catalog.load("river-valley"))
                .isInstanceOf(SampleException.class)
                .hasMessage("There is no sample called 'river-valley'. Available samples: border-crossing, "
                        + "laid-protective-minefield, village-survey, border-belt-monitoring.");
    }

    @Test
    void brokenHazardFileInASampleNamesTheFileAndFeature(@TempDir Path dir) throws IOException {
        Path sample = Files.createDirectories(dir.resolve("samples/broken"));
        Files.writeString(dir.resolve("samples/index.json"), "{\"samples\":[\"broken\"]}");
        Files.writeString(sample.resolve("manifest.json"), """
                {"id":"broken","title":"Broken","description":"d","training":true,"banner":"TRAINING",
                 "baseMap":"training","hazards":"areas.geojson","createdAt":"2025-01-01T00:00:00Z"}""");
        Files.writeString(sample.resolve("areas.geojson"), """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"reference":"HA-0001",
                 "name":"A","kind":"SHA","status":"active"},"geometry":{"type":"Polygon","coordinates":
                 [[[27.0,58.0],[27.01,58.0],[27.01,58.01],[27.0,58.0]],[[27.0,58.0],[27.0,58.0]]]}}]}""");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            SampleCatalog temp = new SampleCatalog(new BundledResources(loader));

            assertThat(temp.ids()).containsExactly("broken");
            assertThatThrownBy(() -> temp.load("broken"))
                    .hasMessage("samples/broken/areas.geojson, feature 1: polygon ring 2 has 2 positions; a ring needs "
                            + "at least four (three corners and the first repeated)");
        }
    }

    @Test
    void eachHazardIsPlacedNearATrackFieldForestOrTheBorder() {
        BaseMap map = new BaseMapReader().load("training");
        Map<LayerKind, List<Geometry>> context = map.layers().stream()
                .filter(l -> Set.of(LayerKind.TRACK, LayerKind.FARMLAND, LayerKind.FOREST, LayerKind.STATE_BORDER)
                        .contains(l.kind()))
                .collect(Collectors.toMap(l -> l.kind(), l -> l.features().stream().map(BaseFeature::geometry).toList()));
        Function<Geometry, Boolean> touchesContext = g -> context.values().stream().flatMap(List::stream)
                .anyMatch(c -> c.intersects(g));

        assertThat(borderCrossing().hazardAreas()).allSatisfy(a ->
                assertThat(touchesContext.apply(a.polygon())).as(a.reference().value()).isTrue());
    }
}
