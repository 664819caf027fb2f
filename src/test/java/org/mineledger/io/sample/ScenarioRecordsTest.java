package org.mineledger.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.Geodesy;
import org.mineledger.io.BundledResources;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.laid.ComplianceCheck;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.Strip;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.marking.SignReason;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.MonitoringRecords;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.PlanStore;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;

/** Installing a scenario stores every record file it carries, and the workspace still passes its check. */
class ScenarioRecordsTest {
    private static final BundledResources RESOURCES = new BundledResources();
    private static final CoordinateParser PARSER = new CoordinateParser();

    @TempDir
    Path dir;

    private Workspace installed(String id) {
        Path file = dir.resolve(id + ".gpkg");
        SampleInstaller.install(id, file);
        return Workspace.open(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"border-crossing", "laid-protective-minefield", "village-survey", "border-belt-monitoring"})
    void everyScenarioWithItsRecordsPassesTheWorkspaceCheck(String id) {
        try (Workspace ws = installed(id)) {
            assertThat(ws.check().ok()).as(ws.check().problems().toString()).isTrue();
            assertThat(ws.isTraining()).isTrue();
        }
    }

    @Test
    void laidScenarioHoldsRecordMfA21WhoseTraverseGivesTheGeodSolveTurningPointsAndIsCompliant() {
        JsonNode file = RESOURCES.readJson("samples/laid-protective-minefield/laid-record.json");
        try (Workspace ws = installed("laid-protective-minefield")) {
            assertThat(new LaidMinefieldStore(ws).latest()).hasSize(1);
            LaidMinefieldRecord r = new LaidMinefieldStore(ws).latest("MF-A-21").orElseThrow().record();
            List<GeoPoint> tps = r.traverse().turningPoints();
            assertThat(tps).hasSize(6);
            for (int i = 0; i < 6; i++) {
                GeoPoint expected = PARSER.parse(file.at("/turningPoints/TP" + (i + 1)).asText());
                assertThat(Geodesy.inverse(tps.get(i), expected).distance().metres()).as("TP" + (i + 1))
                        .isLessThan(0.01);
            }
            // Strip starts are tied to the RP to 1 mil and 0.1 m; GeodSolve placed them from TP1.
            for (int i = 0; i < 2; i++) {
                Strip s = r.strips().get(i);
                GeoPoint start = Geodesy.direct(r.referencePoint(), s.startFromReference().bearing(),
                        s.startFromReference().distance());
                GeoPoint expected = PARSER.parse(file.at("/strips/" + i + "/start/position").asText());
                assertThat(Geodesy.inverse(start, expected).distance().metres()).as("strip " + s.label())
                        .isLessThan(0.15);
                assertThat(s.mineCount()).isEqualTo(file.at("/strips/" + i + "/mines").asInt());
            }
            ComplianceCheck compliance = new ComplianceCheck(r);
            assertThat(compliance.findings()).as("the scenario's record is a correct one to copy").isEmpty();
            assertThat(compliance.isCompliant()).isTrue();
        }
    }

    @Test
    void recordMfA21SignedOffConvertsToAConfirmedAreaOnItsTraverseLinkedToTheRecordForClearance() {
        JsonNode file = RESOURCES.readJson("samples/laid-protective-minefield/laid-record.json");
        try (Workspace ws = installed("laid-protective-minefield")) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            long id = store.latest("MF-A-21").orElseThrow().id();
            store.submit(id);
            store.signOff(id, "Trainee verifier (fictional)", "platoon commander");
            HazardArea cha = store.convertToHazard(id);
            assertThat(cha.kind()).isEqualTo(HazardKind.CONFIRMED);
            assertThat(cha.reference().value()).isEqualTo("HA-0003");
            var ring = cha.polygon().getExteriorRing();
            assertThat(ring.getNumPoints() - 1).as("one corner per turning point").isEqualTo(6);
            for (int i = 1; i <= 6; i++) {
                GeoPoint tp = PARSER.parse(file.at("/turningPoints/TP" + i).asText());
                assertThat(java.util.stream.IntStream.range(0, 6).mapToDouble(k -> Geodesy.inverse(tp,
                        new GeoPoint(ring.getCoordinateN(k).y, ring.getCoordinateN(k).x)).distance().metres()).min()
                        .orElseThrow()).as("TP%d is a corner of the confirmed area", i).isLessThan(0.01);
            }
            assertThat(store.forHazard(cha.id())).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(id));
            // 70 self-destructing mines in strips A and B are what clearance must account for
            assertThat(store.latest("MF-A-21").orElseThrow().record().strips()).extracting(Strip::mineCount)
                    .containsExactly(file.at("/strips/0/mines").asInt(), file.at("/strips/1/mines").asInt());
            assertThat(ws.check().ok()).as(ws.check().problems().toString()).isTrue();
        }
    }

    @Test
    void villageScenarioHoldsTheSurveysFindsAndTheCancellationOfTheDitch() {
        try (Workspace ws = installed("village-survey")) {
            SurveyStore store = new SurveyStore(ws);
            assertThat(surveys(ws, store)).isEqualTo(7);
            assertThat(finds(ws, store, "HA-0001")).isEqualTo(1);
            assertThat(finds(ws, store, "HA-0002")).isEqualTo(2);
            assertThat(finds(ws, store, "HA-0003")).isEqualTo(1);
            HazardArea ditch = ws.hazard(new HazardReference("HA-0004")).orElseThrow();
            assertThat(store.releases(ditch.id())).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(ReleaseKind.CANCELLED));
            assertThat(store.accounting(ditch.id()).balances()).isTrue();
            assertThat(store.accounting(ditch.id()).remainingM2()).isLessThan(1.0);
            int releases = ws.hazards().stream().mapToInt(h -> store.releases(h.id()).size()).sum();
            assertThat(releases).isEqualTo(1);
        }
    }

    @Test
    void villageScenarioHoldsADraftPlanOfTheFourOpenSuspectedAreasFromTheFirstOfMay() {
        try (Workspace ws = installed("village-survey")) {
            PlanStore store = new PlanStore(ws);
            assertThat(store.plans()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Ivrelka draft plan 2025 (TRAINING — FICTIONAL DATA)");
                assertThat(p.start()).isEqualTo("2025-05-01");
            });
            Plan plan = store.plan(store.plans().get(0).id()).orElseThrow();
            assertThat(plan.unscheduled()).isEmpty();
            // each open suspected area: a technical survey of all of it, then clearance of what it may confirm
            assertThat(plan.assignments()).extracting(a -> a.task().hazardReference())
                    .containsExactlyInAnyOrder("HA-0001", "HA-0001", "HA-0002", "HA-0002", "HA-0003", "HA-0003",
                            "HA-0005", "HA-0005");
            assertThat(plan.assignments()).allSatisfy(a -> {
                assertThat(a.start()).isAfterOrEqualTo(LocalDate.of(2025, 5, 1));
                assertThat(a.task().depthCm()).isEqualTo(13);
            });
            for (var clearance : plan.assignments()) {
                clearance.task().dependsOn().ifPresent(survey -> assertThat(clearance.start())
                        .as("%s starts after its survey %s", clearance.task().id(), survey)
                        .isAfter(plan.assignments().stream().filter(a -> a.task().id().equals(survey))
                                .findFirst().orElseThrow().end()));
            }
            // the surveyed area is each area's geodesic area, as the register holds it
            double registered = ws.hazards().stream().filter(h -> !h.reference().value().equals("HA-0004"))
                    .mapToDouble(h -> new GeodesicArea(h.polygon()).area()).sum();
            double surveyed = plan.assignments().stream().filter(a -> a.task().dependsOn().isEmpty())
                    .mapToDouble(a -> a.task().areaM2()).sum();
            assertThat(surveyed).isCloseTo(registered, within(0.5));
        }
    }

    @Test
    void aClearancePlanNamingAnAreaTheScenarioDoesNotHoldNamesTheFileAndTheArea() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("res/samples/badplan"));
        Files.writeString(folder.resolve("manifest.json"), "{\"optional\": {\"survey\": \"survey.json\"}}");
        Files.writeString(folder.resolve("survey.json"), """
                {"clearancePlan": {"stored": {"name": "P", "hazards": ["HA-0099"], "teams": "manual=1",
                                              "start": "2025-05-01"}}}
                """);
        try (Workspace ws = installed("border-crossing");
                URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("res").toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ScenarioRecords(new BundledResources(loader)).loadInto(ws, "badplan"))
                    .isInstanceOf(SampleException.class)
                    .hasMessageContaining("samples/badplan/survey.json, clearancePlan.stored: hazard area HA-0099");
            assertThat(new PlanStore(ws).plans()).isEmpty();
        }
    }

    private static int surveys(Workspace ws, SurveyStore store) {
        return ws.hazards().stream().mapToInt(h -> store.surveys(h.id()).size()).sum();
    }

    private static long finds(Workspace ws, SurveyStore store, String ref) {
        return store.finds(ws.hazard(new HazardReference(ref)).orElseThrow().id()).size();
    }

    @Test
    void beltScenarioHoldsTheDoneInspectionsPerSectionAndLeavesUnrepairedFaultsOpen() {
        try (Workspace ws = installed("border-belt-monitoring")) {
            MonitoringRecords m = new MonitoringStore(ws).records();
            HazardReference s1 = new HazardReference("HA-0001");
            HazardReference s2 = new HazardReference("HA-0002");
            // five inspections done (two missed are not recorded), each covering both sections
            assertThat(m.inspections(s1)).hasSize(5);
            assertThat(m.inspections(s2)).hasSize(5);
            assertThat(m.events()).hasSize(2);
            assertThat(m.settings(s1).team()).isEqualTo("Monitoring team North (fictional)");
            // six tasks from faults found, and for each section a task to make up each of the two missed
            // inspections of January, closed by the inspection of 4 February
            assertThat(m.followUps()).hasSize(10);
            assertThat(m.followUps(s1)).filteredOn(f -> f.task().startsWith("Make up the inspection missed on"))
                    .extracting(FollowUp::task, FollowUp::due, FollowUp::done)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Make up the inspection missed on 2025-01-07 (snow, "
                                    + "track closed)", LocalDate.of(2025, 1, 7), Optional.of(LocalDate.of(2025, 2, 4))),
                            org.assertj.core.groups.Tuple.tuple("Make up the inspection missed on 2025-01-21 (team "
                                    + "withdrawn for another task)", LocalDate.of(2025, 1, 21),
                                    Optional.of(LocalDate.of(2025, 2, 4))));
            assertThat(m.followUps().stream().filter(FollowUp::isOpen).map(FollowUp::task))
                    .containsExactlyInAnyOrder("Repair or replace damaged sign S-015 (HA-0001)",
                            "Close 1 breach(es) in the fence or tape (HA-0002)",
                            "Report evidence of entry to the authority and re-inspect (HA-0002)");
            assertThat(m.inspections(s1).stream().filter(i -> !i.passed()).findFirst().orElseThrow().missingSigns())
                    .containsExactly("S-014");
        }
    }

    @Test
    void beltScenarioStoresAMarkingPlanPerSectionWhoseSignsAreTheNumberedPostsTheInspectionsName() {
        JsonNode file = RESOURCES.readJson("samples/border-belt-monitoring/monitoring.json");
        try (Workspace ws = installed("border-belt-monitoring")) {
            MonitoringStore store = new MonitoringStore(ws);
            List<Sign> s1 = store.latestSigns(new HazardReference("HA-0001"));
            List<Sign> s2 = store.latestSigns(new HazardReference("HA-0002"));
            assertThat(s1).hasSize(33).first().extracting(Sign::number).isEqualTo("S-001");
            assertThat(s1.get(32).number()).isEqualTo("S-033");
            assertThat(s2).hasSize(32).first().extracting(Sign::number).isEqualTo("S-034");
            assertThat(s2.get(31).number()).isEqualTo("S-065");
            assertThat(store.latestSigns(new HazardReference("HA-0003"))).isEmpty();
            // post 14, where the fence went down, carries sign S-014 at the post's position from the file
            GeoPoint post14 = PARSER.parse(file.path("signPosts").get(13).path("position").asText());
            Sign s014 = s1.stream().filter(s -> s.number().equals("S-014")).findFirst().orElseThrow();
            assertThat(Geodesy.inverse(s014.position(), post14).distance().metres()).isLessThan(0.01);
            // each sign faces away from its belt (30 m behind it is inside, 30 m ahead outside) and the posts
            // stand about 50 m apart (the scenario's design), 32 gaps along section 1
            var belt = ws.hazard(new HazardReference("HA-0001")).orElseThrow().polygon();
            var gf = belt.getFactory();
            assertThat(s1).allSatisfy(s -> {
                GeoPoint ahead = Geodesy.direct(s.position(), s.facing().degrees(), Distance.ofMetres(30));
                assertThat(belt.contains(gf.createPoint(new Coordinate(ahead.lon(), ahead.lat())))).isFalse();
            });
            assertThat(s1.subList(1, 32)).allSatisfy(s -> { // the end posts stand level with the section's ends
                GeoPoint behind = Geodesy.direct(s.position(), s.facing().degrees() + 180, Distance.ofMetres(30));
                assertThat(belt.contains(gf.createPoint(new Coordinate(behind.lon(), behind.lat())))).isTrue();
            });
            assertThat(s1.get(32).chainage().metres()).isBetween(32 * 48.0, 32 * 53.0);
            assertThat(s2.stream().filter(s -> s.reason() == SignReason.TRACK_CROSSING).map(Sign::number))
                    .containsExactly("S-053");
            // every sign an inspection found missing or damaged is a sign of its section's stored plan
            MonitoringRecords m = store.records();
            for (var section : List.of(s1, s2)) {
                List<String> numbers = section.stream().map(Sign::number).toList();
                HazardReference ref = section == s1 ? new HazardReference("HA-0001") : new HazardReference("HA-0002");
                m.inspections(ref).forEach(i -> {
                    assertThat(numbers).containsAll(i.missingSigns());
                    assertThat(numbers).containsAll(i.damagedSigns());
                });
            }
        }
    }

    @Test
    void aWrongSignStateInAScenarioFileNamesTheFileTheInspectionAndThePost() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("res/samples/bad"));
        Files.writeString(folder.resolve("manifest.json"), "{\"optional\": {\"monitoring\": \"monitoring.json\"}}");
        Files.writeString(folder.resolve("monitoring.json"), """
                {"sections": [{"hazard": "HA-0001", "firstPost": 1, "lastPost": 10, "team": "T",
                               "nearSettlement": true, "monitoringFrom": "2024-10-22"}],
                 "inspections": [{"date": "2024-11-05", "by": "A", "result": "done",
                                  "findings": [{"post": 3, "what": "sign gone", "sign": "gone"}]}]}
                """);
        try (Workspace ws = installed("border-belt-monitoring");
                URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("res").toUri().toURL()}, null)) {
            int before = new MonitoringStore(ws).records().inspections().size();
            assertThatThrownBy(() -> new ScenarioRecords(new BundledResources(loader)).loadInto(ws, "bad"))
                    .isInstanceOf(SampleException.class)
                    .hasMessageContaining("samples/bad/monitoring.json, inspections[0], post 3: sign 'gone'");
            assertThat(new MonitoringStore(ws).records().inspections()).hasSize(before);
        }
    }
}
