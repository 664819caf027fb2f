package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardStatus;

/**
 * The monitoring schedule of hazard areas until they are handed over: routine inspections at the interval the
 * rules give for the area's kind, status and nearness to people, counted from the last inspection; an extra
 * inspection after each recorded event not yet followed by one; reviews on the self-destruct and
 * self-deactivation dates of laid minefields; and open follow-up tasks.
 */
public final class MonitoringScheduler {
    private final MonitoringRules rules;

    public MonitoringScheduler(MonitoringRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Items for all areas up to {@code until}, by due date. Each area's next routine inspection is always there
     * (overdue when before {@code today}); later ones are listed from {@code today} on, so a missed inspection
     * shows once, not once for every interval since.
     */
    public List<ScheduledItem> schedule(List<HazardArea> areas, MonitoringRecords records, LocalDate today,
            LocalDate until) {
        List<ScheduledItem> out = new ArrayList<>();
        for (HazardArea a : areas) {
            out.addAll(schedule(a, records, today, until));
        }
        out.sort(Comparator.comparing(ScheduledItem::due).thenComparing(i -> i.area().value())
                .thenComparing(ScheduledItem::kind));
        return out;
    }

    /** Items for one area; none once it is handed over. */
    public List<ScheduledItem> schedule(HazardArea area, MonitoringRecords records, LocalDate today,
            LocalDate until) {
        if (area.status() == HazardStatus.HANDED_OVER) {
            return List.of();
        }
        MonitoringSettings s = records.settings(area.reference());
        // the schedule as it stood on today: inspections, events and repairs recorded for later days
        // (entered ahead, or an evaluation of a past date) have not happened yet and satisfy nothing
        List<InspectionRecord> all = records.inspections(area.reference());
        List<InspectionRecord> inspections = all.stream().filter(i -> !i.date().isAfter(today)).toList();
        Set<Long> later = new HashSet<>();
        all.stream().filter(i -> i.date().isAfter(today)).forEach(i -> later.add(i.id()));
        List<ScheduledItem> out = new ArrayList<>();
        routine(area, s, inspections, today, until, out);
        for (MonitoringEvent e : records.events(area.reference())) {
            if (e.occurred().isAfter(today)) {
                continue;
            }
            boolean inspectedSince = inspections.stream().anyMatch(i -> !i.date().isBefore(e.occurred()));
            if (!inspectedSince) {
                LocalDate due = e.occurred().plus(rules.eventResponse().get(e.kind()));
                out.add(item(area, s, ItemKind.EVENT_INSPECTION, due, "event-" + e.kind() + "-" + e.occurred(),
                        "Inspect marking after " + e.kind().label() + " on " + e.occurred(),
                        e.kind().label() + " recorded on " + e.occurred() + "; inspect within "
                                + MonitoringRules.words(rules.eventResponse().get(e.kind()))
                                + (e.note().isEmpty() ? "" : " (" + e.note() + ")")));
            }
        }
        records.selfDestruct(area.reference()).ifPresent(sd -> reviews(area, s, sd, inspections, out));
        for (FollowUp f : records.followUps(area.reference())) {
            boolean openThen = f.done().map(d -> d.isAfter(today)).orElse(true);
            if (openThen && !later.contains(f.inspectionId())) {
                out.add(new ScheduledItem(area.reference() + "-follow-up-" + f.id() + "@mineledger", area.reference(),
                        f.team().isEmpty() ? s.team() : f.team(), ItemKind.FOLLOW_UP, f.due(), f.task(),
                        "failed item of inspection " + f.inspectionId() + " of " + area.reference() + "; task "
                                + f.id() + ", closed by an inspection with --done " + f.id()));
            }
        }
        return out;
    }

    private void routine(HazardArea area, MonitoringSettings s, List<InspectionRecord> inspections, LocalDate today,
            LocalDate until, List<ScheduledItem> out) {
        Optional<Period> interval = rules.interval(area.kind(), area.status(), s.nearSettlement());
        if (interval.isEmpty()) {
            return;
        }
        LocalDate start = s.monitoringFrom().orElse(LocalDate.ofInstant(area.createdAt(), ZoneOffset.UTC));
        LocalDate last = inspections.stream().map(InspectionRecord::date).max(LocalDate::compareTo).orElse(start);
        String rule = MonitoringRules.describe(area.kind(), area.status(), s.nearSettlement(), interval.get());
        String title = "Inspect marking of " + area.reference() + " " + area.name();
        String from = "; counted from " + (inspections.isEmpty() ? "the start of monitoring " : "the last inspection ")
                + last;
        LocalDate first = last.plus(interval.get());
        out.add(item(area, s, ItemKind.ROUTINE_INSPECTION, first, "routine-" + first, title, rule + from));
        // after a missed inspection, the ones that follow are counted from today: doing it today resets the clock
        LocalDate base = first.isBefore(today) ? today : first;
        String later = first.isBefore(today) ? "; counted from today (" + today + "), assuming the overdue inspection "
                + "of " + first + " is done today" : from;
        for (LocalDate next = base.plus(interval.get()); !next.isAfter(until); next = next.plus(interval.get())) {
            out.add(item(area, s, ItemKind.ROUTINE_INSPECTION, next, "routine-" + next, title, rule + later));
        }
    }

    private static void reviews(HazardArea area, MonitoringSettings s, SelfDestructSpec sd,
            List<InspectionRecord> inspections, List<ScheduledItem> out) {
        LocalDate destruct = LocalDate.ofInstant(sd.selfDestructAt(), ZoneOffset.UTC);
        LocalDate deactivate = LocalDate.ofInstant(sd.selfDeactivationAt(), ZoneOffset.UTC);
        String destructLimit = sd.selfDestruct().compareTo(SelfDestructSpec.APII_SELF_DESTRUCT_LIMIT) > 0
                ? " WARNING: longer than the 30 days of Amended Protocol II, Technical Annex 3(a)." : "";
        String deactLimit = sd.selfDeactivation().compareTo(SelfDestructSpec.APII_SELF_DEACTIVATION_LIMIT) > 0
                ? " WARNING: longer than the 120 days of Amended Protocol II, Technical Annex 3(b)." : "";
        if (!reviewed(inspections, destruct)) {
            out.add(item(area, s, ItemKind.SELF_DESTRUCT_REVIEW, destruct, "sd-" + destruct,
                    "Self-destruct review of " + area.reference(),
                    "mines self-destruct " + sd.selfDestruct().toHours() + " h after laying completed "
                            + sd.layingCompleted() + "; confirm and record the state of the field." + destructLimit));
        }
        if (!reviewed(inspections, deactivate)) {
            out.add(item(area, s, ItemKind.SELF_DEACTIVATION_REVIEW, deactivate, "sda-" + deactivate,
                    "Self-deactivation review of " + area.reference(),
                    "mines self-deactivate " + sd.selfDeactivation().toDays() + " days after laying completed "
                            + sd.layingCompleted() + "; confirm and record the state of the field." + deactLimit));
        }
    }

    private static boolean reviewed(List<InspectionRecord> inspections, LocalDate due) {
        return inspections.stream().anyMatch(i -> i.reviewsDone() && !i.date().isBefore(due));
    }

    private static ScheduledItem item(HazardArea area, MonitoringSettings s, ItemKind kind, LocalDate due,
            String key, String title, String reason) {
        return new ScheduledItem(area.reference() + "-" + key + "@mineledger", area.reference(), s.team(), kind, due,
                title, reason);
    }
}
