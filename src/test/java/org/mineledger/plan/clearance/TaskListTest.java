package org.mineledger.plan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.calendar.WorkCalendar;

/** Tasks from hazards: the land-release sequence for suspected areas and the stored ground class and depth. */
class TaskListTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-04-06");
    private static final WorkCalendar WEEKDAYS = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Optional.empty(), List.of(), 0, 0);

    private static HazardArea area(int n, HazardKind kind) {
        double lon = 27.1 + n * 0.01;
        var p = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(lon, 58.0),
            new Coordinate(lon + 0.002, 58.0), new Coordinate(lon + 0.002, 58.001), new Coordinate(lon, 58.001),
            new Coordinate(lon, 58.0)});
        return HazardArea.draft(HazardReference.numbered(n), "Area " + n, kind, HazardStatus.ACTIVE, p, "",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<PriorityResult> order(String... refs) {
        List<PriorityResult> out = new java.util.ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            out.add(new PriorityResult(refs[i], i + 1, 10 - i, List.of()));
        }
        return out;
    }

    @Test
    void suspectedAreaGetsTechnicalSurveyThenClearanceOfAnAssumedShareThatWaitsForIt() {
        List<ClearanceTask> tasks = TaskList.fromHazards(List.of(area(1, HazardKind.SUSPECTED),
                area(2, HazardKind.CONFIRMED)), order("HA-0001", "HA-0002"), TaskList.Defaults.standard());
        assertThat(tasks).extracting(ClearanceTask::id).containsExactly("T-001", "T-002", "T-003");
        ClearanceTask survey = tasks.get(0);
        ClearanceTask expected = tasks.get(1);
        assertThat(survey.description()).isEqualTo("technical survey");
        assertThat(survey.method()).isEqualTo(AssetKind.MDD);
        assertThat(expected.hazardReference()).isEqualTo("HA-0001");
        assertThat(expected.method()).isEqualTo(AssetKind.MANUAL);
        assertThat(expected.dependsOn()).contains("T-001");
        assertThat(expected.areaM2()).isCloseTo(0.25 * survey.areaM2(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(expected.basisNote()).contains("ASSUMED 25 %", "after technical survey T-001");
        assertThat(tasks.get(2).dependsOn()).isEmpty();
    }

    @Test
    void withNoExpectedShareTheSurveySaysWhyClearanceIsNotPlanned() {
        List<ClearanceTask> tasks = TaskList.fromHazards(List.of(area(1, HazardKind.SUSPECTED)), order("HA-0001"),
                TaskList.Defaults.standard().withExpectedConfirmedShare(0));
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.description()).isEqualTo("technical survey");
            assertThat(t.basisNote()).contains("clearance is not planned until this survey reports");
        });
    }

    @Test
    void clearanceOfSuspectedLandNeverStartsBeforeItsSurveyEnds() {
        List<ClearanceTask> tasks = TaskList.fromHazards(List.of(area(1, HazardKind.SUSPECTED),
                area(2, HazardKind.SUSPECTED)), order("HA-0001", "HA-0002"), TaskList.Defaults.standard());
        // many manual teams idle from day one: only the rule can hold the clearance back
        Plan plan = new Scheduler(WEEKDAYS, 1).schedule("p", MONDAY, tasks,
                Team.parse("manual=4,mdd=1", AssetCatalogue.defaults(), MONDAY));
        assertThat(plan.unscheduled()).isEmpty();
        for (ClearanceTask t : tasks) {
            t.dependsOn().ifPresent(before -> assertThat(plan.assignmentOf(t.id()).orElseThrow().start())
                    .isAfter(plan.assignmentOf(before).orElseThrow().end()));
        }
        assertThat(tasks).filteredOn(t -> t.dependsOn().isPresent()).hasSize(2);
    }

    @Test
    void withoutASurveyTeamTheClearanceOfSuspectedLandIsNotPlannedAndSaysWhy() {
        List<ClearanceTask> tasks = TaskList.fromHazards(List.of(area(1, HazardKind.SUSPECTED)), order("HA-0001"),
                TaskList.Defaults.standard());
        Plan plan = new Scheduler(WEEKDAYS, 0).schedule("p", MONDAY, tasks,
                Team.parse("manual=2", AssetCatalogue.defaults(), MONDAY));
        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unscheduled()).extracting(Plan.Unscheduled::reason).containsExactly(
                "no team of kind 'Mine detection dog team' is in the plan; add one",
                "its prerequisite T-001 could not be planned");
    }

    @Test
    void storedGroundClassAndDepthAreUsedAndSaidToComeFromTheHazard() {
        PlanningDetails dense = PlanningDetails.none("HA-0001").withGround(
                Optional.of(GroundClass.parse("dense/rocky")), OptionalInt.of(25));
        List<ClearanceTask> tasks = TaskList.fromHazards(List.of(area(1, HazardKind.CONFIRMED),
                area(2, HazardKind.CONFIRMED)), order("HA-0001", "HA-0002"), TaskList.Defaults.standard(),
                Map.of("HA-0001", dense));
        assertThat(tasks.get(0).ground()).isEqualTo(GroundClass.parse("dense/rocky"));
        assertThat(tasks.get(0).depthCm()).isEqualTo(25);
        assertThat(tasks.get(0).basisNote()).isEqualTo("ground dense/rocky (hazard details), depth 25 cm (hazard details)");
        assertThat(tasks.get(1).ground()).isEqualTo(GroundClass.parse("medium/firm"));
        assertThat(tasks.get(1).depthCm()).isEqualTo(13);
        assertThat(tasks.get(1).basisNote()).contains("(default)");
        // the productivity the schedule uses is the catalogue's for the stored class, and the printout says so
        Plan plan = new Scheduler(WEEKDAYS, 0).schedule("p", MONDAY, tasks.subList(0, 1),
                Team.parse("manual=1", AssetCatalogue.defaults(), MONDAY));
        Assignment a = plan.assignments().get(0);
        // DEFAULT manual: 400 m²/day × dense 0.2 × rocky 0.6 = 48 m²/day
        assertThat(a.m2PerDay()).isEqualTo(48.0);
        assertThat(a.basis()).startsWith("48 m²/day (manual, dense/rocky)").contains("(hazard details)");
    }

    @Test
    void priorityReadsTheStoredFactsAndGivesThemAsTheReason() {
        HazardArea one = area(1, HazardKind.CONFIRMED);
        HazardArea two = area(2, HazardKind.CONFIRMED);
        PlanningDetails facts = PlanningDetails.none("HA-0002").withBlockedAccess(true, "bridge to the fields")
                .withCommunityRequest(true, Optional.of(LocalDate.parse("2026-03-01")), "village council")
                .withCasualties(1, Optional.of(LocalDate.parse("2026-02-10")));
        List<PriorityResult> ranked = new PriorityScore(PriorityWeights.defaults(), NearbyFeatures.none())
                .rank(TaskList.priorityInputs(List.of(one, two), Map.of("HA-0002", facts)));
        assertThat(ranked.get(0).reference()).isEqualTo("HA-0002");
        // 10 blocked + 10 request + 10 × 1/3 casualties
        assertThat(ranked.get(0).score()).isCloseTo(23.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ranked.get(0).reason()).isEqualTo("score 23.3: blocks access: bridge to the fields (+10.0),"
                + " community request 2026-03-01 (village council) (+10.0), 1 casualty reported, last 2026-02-10 (+3.3)");
        assertThat(ranked.get(1).reason()).isEqualTo("score 0.0: no factor applies");
    }

    @Test
    void factsGivenForOneRunAddToTheStoredOnes() {
        HazardArea one = area(1, HazardKind.CONFIRMED);
        PlanningDetails stored = PlanningDetails.none("HA-0001").withBlockedAccess(true, "school road");
        List<PriorityInput> in = TaskList.priorityInputs(List.of(one), Map.of("HA-0001", stored),
                java.util.Set.of(), java.util.Set.of("HA-0001"), Map.of("HA-0001", 2));
        assertThat(in).singleElement().satisfies(p -> {
            assertThat(p.blockedAccess()).isTrue();
            assertThat(p.details().blockedNote()).isEqualTo("school road");
            assertThat(p.communityRequest()).isTrue();
            assertThat(p.casualties()).isEqualTo(2);
        });
    }
}
