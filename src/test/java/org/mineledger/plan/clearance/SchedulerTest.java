package org.mineledger.plan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.NoWorkSeason;
import org.mineledger.plan.calendar.PublicHolidays;
import org.mineledger.plan.calendar.WorkCalendar;

class SchedulerTest {
    private static final AssetCatalogue CATALOGUE = AssetCatalogue.defaults();
    private static final GroundClass MEDIUM_FIRM = GroundClass.parse("medium/firm");
    private static final WorkCalendar ESTONIA = WorkCalendar.standard(Country.EE, 58.0)
            .withSeasons(List.of(new NoWorkSeason(MonthDay.of(12, 1), MonthDay.of(3, 15), "frozen ground")));

    private static ClearanceTask task(String id, double m2, int rank) {
        return new ClearanceTask(id, "HA-" + id, "", m2, MEDIUM_FIRM, AssetKind.MANUAL, 13, rank, Optional.empty(),
                Optional.empty());
    }

    @Test
    void neverSchedulesWorkOnWeekendsHolidaysOrTheFrozenSeason() {
        List<ClearanceTask> tasks = List.of(task("T1", 9_000, 1), task("T2", 4_000, 2), task("T3", 20_000, 3));
        // starts on Victory Day, runs through Midsummer, Restoration Day and into the frozen season
        Plan plan = new Scheduler(ESTONIA, 1).schedule("base", LocalDate.parse("2026-06-23"), tasks,
                Team.parse("manual=1", CATALOGUE, LocalDate.parse("2026-06-23")));
        assertThat(plan.assignments()).hasSize(3);
        assertThat(plan.end()).isAfter(LocalDate.parse("2026-12-01"));
        var holidays = PublicHolidays.of(Country.EE, 2026);
        for (Assignment a : plan.assignments()) {
            for (LocalDate d : a.days()) {
                assertThat(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).doesNotContain(d.getDayOfWeek());
                assertThat(holidays).doesNotContainKey(d);
                assertThat(d.isBefore(LocalDate.parse("2026-12-01")) || d.isAfter(LocalDate.parse("2027-03-15"))).as("%s outside the frozen season", d).isTrue();
            }
        }
        assertThat(plan.assignments().get(0).start()).isEqualTo("2026-06-25");
    }

    @Test
    void durationAndCostComeFromTheCatalogueFigures() {
        // manual default on medium/firm: 400 × 0.5 × 0.9 = 180 m²/day; 1,000 m² → 6 days, + 1 setup = 7 days
        Plan plan = new Scheduler(ESTONIA, 1).schedule("base", LocalDate.parse("2026-05-04"),
                List.of(task("T1", 1_000, 1)), Team.parse("manual=1", CATALOGUE, LocalDate.parse("2026-05-04")));
        Assignment a = plan.assignments().get(0);
        assertThat(a.m2PerDay()).isEqualTo(180);
        assertThat(a.days()).hasSize(7);
        assertThat(a.end()).isEqualTo("2026-05-12");
        assertThat(plan.costUsd()).isEqualTo(7 * 2_000);
        assertThat(a.basis()).contains("180 m²/day", "medium/firm", "DEFAULT");
    }

    @Test
    void clearanceWaitsForTheSurveyOfItsLand() {
        ClearanceTask survey = new ClearanceTask("TS1", "HA-1", "technical survey", 2_000, MEDIUM_FIRM,
                AssetKind.MDD, 13, 5, Optional.empty(), Optional.empty());
        ClearanceTask clearance = new ClearanceTask("C1", "HA-1", "", 900, MEDIUM_FIRM, AssetKind.MANUAL, 13, 1,
                Optional.empty(), Optional.of("TS1"));
        ClearanceTask surveyedLater = new ClearanceTask("C2", "HA-2", "", 900, MEDIUM_FIRM, AssetKind.MANUAL, 13, 2,
                Optional.of(LocalDate.parse("2026-07-10")), Optional.empty());
        Plan plan = new Scheduler(ESTONIA, 0).schedule("base", LocalDate.parse("2026-05-04"),
                List.of(survey, clearance, surveyedLater),
                Team.parse("manual=2,mdd=1", CATALOGUE, LocalDate.parse("2026-05-04")));
        Assignment ts = plan.assignmentOf("TS1").orElseThrow();
        assertThat(plan.assignmentOf("C1").orElseThrow().start()).isAfter(ts.end());
        assertThat(plan.assignmentOf("C2").orElseThrow().start()).isAfter(LocalDate.parse("2026-07-10"));
    }

    @Test
    void aLessUrgentTaskFillsTheMonthsATeamWouldOtherwiseWaitForAnUrgentOnesSurvey() {
        // both manual teams are booked for urgent land whose survey ends in September; the third task needs no
        // survey and fits in the months before: it must not wait until the autumn
        LocalDate surveyed = LocalDate.parse("2026-09-01");
        ClearanceTask urgent1 = new ClearanceTask("U1", "HA-1", "", 9_000, MEDIUM_FIRM, AssetKind.MANUAL, 13, 1,
                Optional.of(surveyed), Optional.empty());
        ClearanceTask urgent2 = new ClearanceTask("U2", "HA-2", "", 9_000, MEDIUM_FIRM, AssetKind.MANUAL, 13, 2,
                Optional.of(surveyed), Optional.empty());
        LocalDate start = LocalDate.parse("2026-05-04");
        Plan plan = new Scheduler(ESTONIA, 1).schedule("base", start, List.of(urgent1, urgent2, task("LATER", 4_000, 3)),
                Team.parse("manual=2", CATALOGUE, start));

        Assignment later = plan.assignmentOf("LATER").orElseThrow();
        assertThat(later.start()).as("in the idle months, from the plan start").isEqualTo("2026-05-04");
        assertThat(later.end()).isBefore(surveyed);
        assertThat(plan.assignmentOf("U1").orElseThrow().start()).isAfter(surveyed);
        assertThat(plan.assignmentOf("U2").orElseThrow().start()).as("urgent work not delayed by the filler")
                .isEqualTo(plan.assignmentOf("U1").orElseThrow().start());
        for (Assignment a : plan.assignments()) {
            for (Assignment b : plan.assignments()) {
                if (a != b && a.team().equals(b.team())) {
                    assertThat(a.end().isBefore(b.start()) || b.end().isBefore(a.start()))
                            .as("%s and %s on %s do not overlap", a.task().id(), b.task().id(), a.team().id()).isTrue();
                }
            }
        }
    }

    @Test
    void aTaskIsNotSplitAroundAnotherOnTheSameTeam() {
        // one team: the urgent task waits for its survey (2 weeks away); the 9,000 m² task needs longer than
        // that gap, so it goes after the urgent one, not into the gap in two pieces
        LocalDate start = LocalDate.parse("2026-05-04");
        ClearanceTask urgent = new ClearanceTask("U1", "HA-1", "", 1_000, MEDIUM_FIRM, AssetKind.MANUAL, 13, 1,
                Optional.of(LocalDate.parse("2026-05-15")), Optional.empty());
        Plan plan = new Scheduler(ESTONIA, 1).schedule("base", start, List.of(urgent, task("BIG", 9_000, 2)),
                Team.parse("manual=1", CATALOGUE, start));
        assertThat(plan.assignmentOf("BIG").orElseThrow().start())
                .isAfter(plan.assignmentOf("U1").orElseThrow().end());
    }

    @Test
    void mostUrgentTaskGoesFirstAndAMissingTeamKindIsExplained() {
        ClearanceTask mech = new ClearanceTask("M1", "HA-9", "", 5_000, MEDIUM_FIRM, AssetKind.MECHANICAL, 20, 1,
                Optional.empty(), Optional.empty());
        Plan plan = new Scheduler(ESTONIA, 1).schedule("base", LocalDate.parse("2026-05-04"),
                List.of(task("LOW", 1_000, 9), task("HIGH", 1_000, 1), mech),
                Team.parse("manual=1", CATALOGUE, LocalDate.parse("2026-05-04")));
        assertThat(plan.assignmentOf("HIGH").orElseThrow().end())
                .isBefore(plan.assignmentOf("LOW").orElseThrow().start());
        assertThat(plan.unscheduled()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("Mechanical asset"));
    }

    @Test
    void anotherTeamEndsTheWorkEarlierInTheWhatIf() {
        List<ClearanceTask> tasks = List.of(task("T1", 9_000, 1), task("T2", 9_000, 2), task("T3", 9_000, 3));
        Scheduler s = new Scheduler(ESTONIA, 1);
        LocalDate start = LocalDate.parse("2026-05-04");
        Plan one = s.schedule("1 team", start, tasks, Team.parse("manual=1", CATALOGUE, start));
        Plan two = s.schedule("2 teams", start, tasks, Team.parse("manual=2", CATALOGUE, start));
        PlanComparison cmp = new PlanComparison(one, two);
        assertThat(cmp.endShiftDays()).isNegative();
        assertThat(cmp.costChangeUsd()).isZero();
        assertThat(cmp.summary()).contains("2 teams ends", "days earlier").endsWith("costs the same as 1 team")
                .doesNotContain("than");
        assertThat(two.m2PerMonth().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(27_000, org.assertj.core.api.Assertions.within(1e-6));
    }
}
