package org.mineledger.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.io.BundledResources;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.training.StepOutcome;
import org.mineledger.plan.training.Walkthrough;
import org.mineledger.plan.training.WalkthroughCheck;
import org.mineledger.store.Workspace;

/** The three walkthrough scenarios: they load, their solutions pass, and typical mistakes fail the right step. */
class TrainingScenariosTest {
    private static final String BANNER = "TRAINING — FICTIONAL DATA";
    private static final BundledResources RESOURCES = new BundledResources();

    private static Workspace installed(String id, Path dir) {
        Path file = dir.resolve(id + ".gpkg");
        SampleInstaller.install(id, file);
        return Workspace.open(file);
    }

    private static WalkthroughCheck check(String id, Workspace ws) {
        return new WalkthroughCheck(new WalkthroughReader().read(id), ws.hazards());
    }

    private static List<String> failingSteps(WalkthroughCheck c) {
        return c.outcomes().stream().filter(o -> !o.passed()).map(o -> o.step().id()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"laid-protective-minefield", "village-survey", "border-belt-monitoring"})
    void scenarioLoadsIntoAFreshWorkspaceThatPassesCheckAndIsMarkedAsTraining(String id, @TempDir Path dir) {
        try (Workspace ws = installed(id, dir)) {
            assertThat(ws.check().ok()).as(ws.check().problems().toString()).isTrue();
            assertThat(ws.trainingBanner()).isEqualTo(BANNER);
            assertThat(ws.sampleId()).isEqualTo(id);
            assertThat(ws.hazards()).isNotEmpty();
            assertThat(check(id, ws).outcomes().get(0).passed()).as("the first step needs the student's work").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"laid-protective-minefield", "village-survey", "border-belt-monitoring"})
    void referenceSolutionPassesEveryStepAndTheWorkspaceStaysSound(String id, @TempDir Path dir) {
        try (Workspace ws = installed(id, dir)) {
            ReferenceSolution.applyTo(ws, new ReferenceSolution().areas(id));

            WalkthroughCheck result = check(id, ws);

            assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.passed()).as(o.step().id() + ": "
                    + o.failures()).isTrue());
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"laid-protective-minefield", "village-survey", "border-belt-monitoring"})
    void everyFileIsMarkedAndEveryAreaLiesOnTheTrainingMap(String id) {
        String folder = "samples/" + id + "/";
        JsonNode manifest = RESOURCES.readJson(folder + "manifest.json");
        List<String> files = new ArrayList<>(List.of("hazards.geojson", "walkthrough.json", "solution.geojson"));
        manifest.get("optional").forEach(f -> files.add(f.asText()));
        for (String f : files) {
            assertThat(RESOURCES.readJson(folder + f).path("banner").asText()).as(f).isEqualTo(BANNER);
        }
        BaseMap map = new BaseMapReader().load(manifest.get("baseMap").asText());
        for (HazardArea a : new ReferenceSolution().areas(id)) {
            for (Coordinate c : a.polygon().getCoordinates()) {
                assertThat(map.extent().contains(c.x, c.y)).as(a.reference() + " at " + c).isTrue();
            }
        }
        assertThat(new SampleCatalog().load(id).description()).hasSizeGreaterThan(300);
    }

    @Test
    void laidRecordTraverseGivesTheTurningPointsTheWalkthroughExpects() {
        JsonNode record = RESOURCES.readJson("samples/laid-protective-minefield/laid-record.json");
        List<GeoPoint> tps = traverse(record, -1, 0).turningPoints();
        JsonNode expected = record.get("turningPoints");
        CoordinateParser parser = new CoordinateParser();

        assertThat(tps).hasSize(6);
        for (int i = 0; i < tps.size(); i++) {
            GeoPoint e = parser.parse(expected.get("TP" + (i + 1)).asText());
            // GeodSolve made the committed positions; MineLedger's traverse must agree to the centimetre.
            assertThat(Geodesy.inverse(tps.get(i), e).distance().metres()).as("TP" + (i + 1)).isLessThan(0.01);
        }
        GeoPoint lm = new WalkthroughReader().read("laid-protective-minefield").mapPoints().get(0).position();
        assertThat(Geodesy.inverse(lm, new CoordinateParser().parse(record.at("/landmark/position").asText()))
                .distance().metres()).as("the landmark on the student's map").isLessThan(0.01);
        assertThat(traverse(record, -1, 0).closure().gap().metres())
                .isCloseTo(record.get("closureError_m").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void tp3FromTransposedMilsFailsTheTp3StepAndSaysToCheckTheBearingUnit(@TempDir Path dir) {
        JsonNode record = RESOURCES.readJson("samples/laid-protective-minefield/laid-record.json");
        // The student reads "1,240 mils" as 1,420 mils: TP3 and every later point move, but the shape and its
        // area stay much the same, so only the turning-point steps can catch it.
        Traverse wrong = traverse(record, 1, 1420);
        try (Workspace ws = installed("laid-protective-minefield", dir)) {
            List<HazardArea> solution = new ArrayList<>(new ReferenceSolution().areas("laid-protective-minefield"));
            solution.replaceAll(a -> a.reference().value().equals("HA-0003")
                    ? a.withPolygon(wrong.polygon(), a.createdAt()) : a);
            ReferenceSolution.applyTo(ws, solution);

            WalkthroughCheck result = check("laid-protective-minefield", ws);

            assertThat(failingSteps(result)).containsExactly("tp2-tp3", "tp4-tp6");
            StepOutcome tp3 = result.firstFailing().orElseThrow();
            assertThat(tp3.failures()).singleElement().asString()
                    .startsWith("TP3 of HA-0003 is ")
                    .contains("1,240 mils, 85 m from TP2", "Check the bearing unit (mils, 6,400 to a circle");
        }
    }

    @Test
    void reducingByNonTechnicalSurveyWordFailsTheReduceStep(@TempDir Path dir) {
        try (Workspace ws = installed("village-survey", dir)) {
            List<HazardArea> solution = new ArrayList<>(new ReferenceSolution().areas("village-survey"));
            solution.replaceAll(a -> a.reference().value().equals("HA-0002")
                    ? a.withStatus(HazardStatus.CANCELLED, a.createdAt()) : a);
            ReferenceSolution.applyTo(ws, solution);

            WalkthroughCheck result = check("village-survey", ws);

            assertThat(failingSteps(result)).containsExactly("reduce-fields", "plan-ready");
            assertThat(result.firstFailing().orElseThrow().failures()).containsExactly(
                    "HA-0002 is cancelled but should be reduced. Technical survey reduces land; cancelled is for "
                            + "non-technical survey.");
        }
    }

    @Test
    void breachCornerTwelveMetresOffFailsTheBreachStepNamingTheCorner(@TempDir Path dir) {
        try (Workspace ws = installed("border-belt-monitoring", dir)) {
            List<HazardArea> solution = new ArrayList<>(new ReferenceSolution().areas("border-belt-monitoring"));
            solution.replaceAll(a -> a.reference().value().equals("HA-0004") ? moveCorner(a, 2, 12) : a);
            ReferenceSolution.applyTo(ws, solution);

            WalkthroughCheck result = check("border-belt-monitoring", ws);

            assertThat(failingSteps(result)).startsWith("breach-cha").doesNotContain("trampled-reduced",
                    "belt-still-marked");
            assertThat(result.firstFailing().orElseThrow().failures()).singleElement().asString()
                    .startsWith("B3 of HA-0004 is 12.0 m from where it should be (EPSG:3301 N ")
                    .contains("northing (N, about 6,4xx,xxx) comes first");
        }
    }

    @Test
    void recordedAreasKeepToTheirSideOfTheBorderAndToEachOther() {
        BaseMap map = new BaseMapReader().load("training");
        var border = map.layer(org.mineledger.map.LayerKind.STATE_BORDER).orElseThrow().features().get(0).geometry();
        java.util.Map<String, HazardArea> laid = byRef(new ReferenceSolution().areas("laid-protective-minefield"));
        java.util.Map<String, HazardArea> belt = byRef(new ReferenceSolution().areas("border-belt-monitoring"));

        for (var areas : List.of(laid, belt)) {
            areas.values().forEach(a -> assertThat(a.polygon().intersects(border)).as(a.reference().value()).isFalse());
        }
        assertThat(laid.get("HA-0004").polygon().covers(laid.get("HA-0003").polygon()))
                .as("the clearance area holds the whole trace").isTrue();
        assertThat(belt.get("HA-0004").polygon().intersects(belt.get("HA-0001").polygon()))
                .as("the breach lies outside the belt").isFalse();
    }

    private static java.util.Map<String, HazardArea> byRef(List<HazardArea> areas) {
        java.util.Map<String, HazardArea> out = new java.util.HashMap<>();
        areas.forEach(a -> out.put(a.reference().value(), a));
        return out;
    }

    @Test
    void unknownScenarioAndScenarioWithoutWalkthroughAreExplained() {
        assertThatThrownBy(() -> new WalkthroughReader().read("no-such")).isInstanceOf(SampleException.class)
                .hasMessageContaining("There is no sample called 'no-such'");
        assertThatThrownBy(() -> new WalkthroughReader().read("border-crossing")).isInstanceOf(SampleException.class)
                .hasMessageContaining("has no walkthrough").hasMessageContaining("village-survey");
    }

    @Test
    void brokenCheckNamesFileStepCheckAndField() throws Exception {
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"title": "T", "banner": "TRAINING — FICTIONAL DATA", "steps": [
                 {"id": "a", "title": "A", "instruction": "i", "task": "t", "checks": [{"kind": "hazardExists", "hazard": "HA-0001"}]},
                 {"id": "b", "title": "B", "instruction": "i", "task": "t", "checks": [
                   {"kind": "hazardExists", "hazard": "HA-0001"},
                   {"kind": "vertexNear", "hazard": "HA-0001", "expected": "58.0 N, 27.1 E"}]}]}""");

        assertThatThrownBy(() -> WalkthroughReader.parse(doc, "w.json", "x"))
                .hasMessage("w.json, step 2 ('b'), check 2: the field \"tolerance_m\" is missing or not a number.");
    }

    /** The record's traverse; when {@code leg} is 0 or more, that trace leg gets {@code mils} instead. */
    private static Traverse traverse(JsonNode record, int leg, double mils) {
        GeoPoint landmark = new CoordinateParser().parse(record.at("/landmark/position").asText());
        GeoPoint rp = Traverse.referenceFromLandmark(landmark, leg(record.get("referencePoint")), NorthConversion.TRUE_ONLY);
        List<TraverseLeg> legs = new ArrayList<>();
        JsonNode trace = record.get("trace");
        for (int i = 0; i < trace.size(); i++) {
            TraverseLeg l = leg(trace.get(i));
            legs.add(i == leg ? new TraverseLeg(Bearing.mils(mils, NorthReference.TRUE), l.distance()) : l);
        }
        return new Traverse(rp, leg(record.get("toFirstTurningPoint")), legs, NorthConversion.TRUE_ONLY);
    }

    private static TraverseLeg leg(JsonNode n) {
        return new TraverseLeg(Bearing.mils(n.get("bearing_mils").asDouble(), NorthReference.TRUE),
                new Distance(n.get("distance_m").asDouble()));
    }

    private static HazardArea moveCorner(HazardArea a, int index, double metres) {
        Coordinate[] c = a.polygon().getExteriorRing().getCoordinates();
        GeoPoint moved = Geodesy.direct(new GeoPoint(c[index].y, c[index].x), 45.0, new Distance(metres));
        c[index] = new Coordinate(moved.lon(), moved.lat());
        if (index == 0) {
            c[c.length - 1] = c[0];
        }
        return a.withPolygon(new GeometryFactory().createPolygon(c), a.createdAt());
    }

    @Test
    void referenceSolutionKeepsTheIdsOfAreasAlreadyInTheWorkspace(@TempDir Path dir) {
        try (Workspace ws = installed("village-survey", dir)) {
            long id = ws.hazard(new HazardReference("HA-0001")).orElseThrow().id();
            ReferenceSolution.applyTo(ws, new ReferenceSolution().areas("village-survey"));
            assertThat(ws.hazard(new HazardReference("HA-0001")).orElseThrow().id()).isEqualTo(id);
            assertThat(ws.hazards()).hasSize(6);
        }
    }
}
