package org.mineledger.plan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.marking.MarkingFixtures;

class MonitoringSchedulerTest {
    private static final HazardReference HA1 = HazardReference.numbered(1);
    private static final MonitoringScheduler SCHEDULER = new MonitoringScheduler(MonitoringRules.defaults());
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 12);
    private static final LocalDate UNTIL = LocalDate.of(2026, 4, 30);

    static HazardArea area(HazardKind kind, HazardStatus status) {
        return HazardArea.draft(HA1, "Training field north", kind, status, MarkingFixtures.rectangle(), "fictional",
                Instant.parse("2026-01-10T08:00:00Z"));
    }

    static InspectionRecord inspection(LocalDate date, List<String> missing, boolean reviews) {
        return new InspectionRecord(7, HA1, date, "A. Inspector", "Team 2", missing, List.of(), 0, false, reviews,
                "", List.of());
    }

    private static List<LocalDate> due(List<ScheduledItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).map(ScheduledItem::due).toList();
    }

    @Test
    void laidMinefieldNearASettlementIsInspectedMonthlyFromTheStartOfMonitoring() {
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE),
                MonitoringRecords.NONE, TODAY, UNTIL);
        assertThat(due(items, ItemKind.ROUTINE_INSPECTION)).containsExactly(LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10));
        assertThat(items.get(0).reason()).contains("laid minefield near a settlement: every month");
    }

    @Test
    void theIntervalCountsFromTheLastInspection() {
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(inspection(LocalDate.of(2026, 2, 20),
                List.of(), false)), List.of(), List.of(), Map.of());
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE), r,
                LocalDate.of(2026, 2, 25), UNTIL);
        assertThat(due(items, ItemKind.ROUTINE_INSPECTION)).containsExactly(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 4, 20));
    }

    @Test
    void areasAwayFromSettlementsAreInspectedLessOftenAndTheNextOneIsAlwaysShown() {
        MonitoringRecords r = new MonitoringRecords(List.of(new MonitoringSettings(HA1, "Team 1", false,
                Optional.empty())), List.of(), List.of(), List.of(), Map.of());
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.SUSPECTED, HazardStatus.ACTIVE), r, TODAY, UNTIL);
        assertThat(due(items, ItemKind.ROUTINE_INSPECTION)).containsExactly(LocalDate.of(2026, 7, 10));
        assertThat(items.get(0).team()).isEqualTo("Team 1");
    }

    @Test
    void theScheduleEndsWhenTheAreaIsHandedOver() {
        assertThat(SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.HANDED_OVER),
                MonitoringRecords.NONE, TODAY, UNTIL)).isEmpty();
        assertThat(SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.CLEARED),
                MonitoringRecords.NONE, TODAY, UNTIL)).isNotEmpty();
    }

    @Test
    void anEventAddsAnInspectionUntilOneIsRecordedAfterIt() {
        MonitoringEvent flood = new MonitoringEvent(1, HA1, EventKind.FLOOD, LocalDate.of(2026, 3, 1), "river");
        HazardArea a = area(HazardKind.CONFIRMED, HazardStatus.ACTIVE);
        MonitoringRecords before = new MonitoringRecords(List.of(), List.of(), List.of(flood), List.of(), Map.of());
        LocalDate day = LocalDate.of(2026, 3, 6);
        assertThat(due(SCHEDULER.schedule(a, before, day, UNTIL), ItemKind.EVENT_INSPECTION))
                .containsExactly(LocalDate.of(2026, 3, 4));
        MonitoringRecords after = new MonitoringRecords(List.of(), List.of(inspection(LocalDate.of(2026, 3, 2),
                List.of(), false)), List.of(flood), List.of(), Map.of());
        assertThat(due(SCHEDULER.schedule(a, after, day, UNTIL), ItemKind.EVENT_INSPECTION)).isEmpty();
    }

    @Test
    void selfDestructAndSelfDeactivationReviewsFallOnTheDatesFromLayingTime() {
        SelfDestructSpec sd = new SelfDestructSpec(Instant.parse("2026-01-10T12:00:00Z"), Duration.ofDays(30),
                Duration.ofDays(120));
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(), List.of(), List.of(), Map.of(HA1, sd));
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE), r,
                TODAY, UNTIL);
        assertThat(due(items, ItemKind.SELF_DESTRUCT_REVIEW)).containsExactly(LocalDate.of(2026, 2, 9));
        assertThat(due(items, ItemKind.SELF_DEACTIVATION_REVIEW)).containsExactly(LocalDate.of(2026, 5, 10));
        assertThat(items).noneMatch(i -> i.reason().contains("WARNING"));

        MonitoringRecords reviewed = new MonitoringRecords(List.of(), List.of(inspection(LocalDate.of(2026, 2, 9),
                List.of(), true)), List.of(), List.of(), Map.of(HA1, sd));
        assertThat(due(SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE), reviewed,
                LocalDate.of(2026, 2, 9), UNTIL), ItemKind.SELF_DESTRUCT_REVIEW)).isEmpty();
    }

    @Test
    void selfDestructLongerThanAmendedProtocolTwoAllowsIsFlagged() {
        SelfDestructSpec sd = new SelfDestructSpec(Instant.parse("2026-01-10T12:00:00Z"), Duration.ofDays(40),
                Duration.ofDays(150));
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(), List.of(), List.of(), Map.of(HA1, sd));
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE), r,
                TODAY, UNTIL);
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.SELF_DESTRUCT_REVIEW).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains("WARNING").contains("30 days"));
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.SELF_DEACTIVATION_REVIEW).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains("120 days"));
    }

    @Test
    void aMissingSignCreatesAFollowUpTaskWithADueDate() {
        InspectionRecord i = inspection(LocalDate.of(2026, 3, 5), List.of("s-004"), false);
        assertThat(i.passed()).isFalse();
        List<FollowUp> tasks = i.followUps(FollowUpRules.DEFAULT);
        assertThat(tasks).singleElement().satisfies(f -> {
            assertThat(f.task()).contains("Replace missing sign S-004");
            assertThat(f.due()).isEqualTo(LocalDate.of(2026, 3, 7));
        });
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(i), List.of(), tasks, Map.of());
        assertThat(due(SCHEDULER.schedule(area(HazardKind.CONFIRMED, HazardStatus.ACTIVE), r,
                LocalDate.of(2026, 3, 5), UNTIL), ItemKind.FOLLOW_UP)).containsExactly(LocalDate.of(2026, 3, 7));
    }

    @Test
    void dueReportSortsItemsIntoOverdueThisWeekAndUpcoming() {
        List<ScheduledItem> items = SCHEDULER.schedule(List.of(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE)),
                MonitoringRecords.NONE, TODAY, UNTIL);
        DueReport report = new DueReport(LocalDate.of(2026, 3, 5), items);
        assertThat(report.overdue()).extracting(ScheduledItem::due).containsExactly(LocalDate.of(2026, 2, 10));
        assertThat(report.dueThisWeek()).extracting(ScheduledItem::due).containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(report.upcoming()).extracting(ScheduledItem::due).containsExactly(LocalDate.of(2026, 4, 10));
        DueReport earlier = new DueReport(LocalDate.of(2026, 3, 3), items);
        assertThat(earlier.dueThisWeek()).isEmpty(); // 3 to 9 March
        assertThat(earlier.upcoming()).extracting(ScheduledItem::due).containsExactly(LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 10));
        assertThat(report.filter(Optional.of(HazardReference.numbered(2)), Optional.empty()).items()).isEmpty();
        assertThat(report.filter(Optional.empty(), Optional.of("Team 9")).items()).isEmpty();
    }

    @Test
    void aMissedInspectionShowsOnceAndTheScheduleGoesOnFromToday() {
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE),
                MonitoringRecords.NONE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        // missed on 10 February; if done today (1 April) the next is due on 1 May, then 1 June
        assertThat(due(items, ItemKind.ROUTINE_INSPECTION)).containsExactly(LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
        List<ScheduledItem> routine = items.stream().filter(i -> i.kind() == ItemKind.ROUTINE_INSPECTION).toList();
        assertThat(routine.get(0).reason()).endsWith("counted from the start of monitoring 2026-01-10");
        assertThat(routine.get(1).reason()).as("the reason says what the date is counted from")
                .endsWith("counted from today (2026-04-01), assuming the overdue inspection of 2026-02-10 is done today");
    }

    @Test
    void anInspectionAfterTheEvaluationDateDoesNotSatisfyAnEarlierDueDate() {
        // monthly from 10 January: due 10 February; an inspection entered for 20 February has not happened on 15 February
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(inspection(LocalDate.of(2026, 2, 20),
                List.of(), true)), List.of(), List.of(), Map.of());
        HazardArea a = area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE);
        List<ScheduledItem> asOf15Feb = SCHEDULER.schedule(a, r, LocalDate.of(2026, 2, 15), UNTIL);
        assertThat(due(asOf15Feb, ItemKind.ROUTINE_INSPECTION)).first().isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(asOf15Feb.get(0).reason()).contains("start of monitoring 2026-01-10");
        assertThat(new DueReport(LocalDate.of(2026, 2, 15), asOf15Feb).overdue()).extracting(ScheduledItem::due)
                .containsExactly(LocalDate.of(2026, 2, 10));
        // on 21 February the same inspection counts: the next is due a month after it
        assertThat(due(SCHEDULER.schedule(a, r, LocalDate.of(2026, 2, 21), UNTIL), ItemKind.ROUTINE_INSPECTION))
                .first().isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void laterInspectionsNeitherAnswerAnEventNorDoAReviewNorCloseOrOpenTasksEarlier() {
        SelfDestructSpec sd = new SelfDestructSpec(Instant.parse("2026-01-10T12:00:00Z"), Duration.ofDays(30),
                Duration.ofDays(120));
        MonitoringEvent flood = new MonitoringEvent(1, HA1, EventKind.FLOOD, LocalDate.of(2026, 2, 1), "river");
        InspectionRecord found = inspection(LocalDate.of(2026, 2, 3), List.of("S-004"), false);
        InspectionRecord later = new InspectionRecord(8, HA1, LocalDate.of(2026, 2, 20), "A. Inspector", "Team 2",
                List.of("S-009"), List.of(), 0, false, true, "", List.of());
        FollowUp s004 = found.followUps(FollowUpRules.DEFAULT).get(0);
        FollowUp s004RepairedLater = new FollowUp(1, s004.inspectionId(), HA1, "", s004.task(), s004.due(),
                Optional.of(LocalDate.of(2026, 2, 20)));
        FollowUp s009 = later.followUps(FollowUpRules.DEFAULT).get(0);
        MonitoringRecords r = new MonitoringRecords(List.of(), List.of(found, later), List.of(flood),
                List.of(s004RepairedLater, s009), Map.of(HA1, sd));
        List<ScheduledItem> items = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE), r,
                LocalDate.of(2026, 2, 15), UNTIL);
        assertThat(due(items, ItemKind.SELF_DESTRUCT_REVIEW)).containsExactly(LocalDate.of(2026, 2, 9));
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.FOLLOW_UP).extracting(ScheduledItem::title)
                .singleElement().asString().contains("S-004");
        // the flood of 1 February was answered by the inspection of 3 February, which did happen
        assertThat(due(items, ItemKind.EVENT_INSPECTION)).isEmpty();
        List<ScheduledItem> beforeThat = SCHEDULER.schedule(area(HazardKind.LAID_MINEFIELD, HazardStatus.ACTIVE),
                new MonitoringRecords(List.of(), List.of(later), List.of(flood), List.of(), Map.of()),
                LocalDate.of(2026, 2, 15), UNTIL);
        assertThat(due(beforeThat, ItemKind.EVENT_INSPECTION)).containsExactly(LocalDate.of(2026, 2, 4));
    }

    @Test
    void rejectsASignNumberNotWrittenAsOnThePlan() {
        assertThatThrownBy(() -> inspection(LocalDate.of(2026, 3, 5), List.of("4"), false))
                .hasMessageContaining("'4'").hasMessageContaining("S-004");
    }
}
