package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.model.HazardReference;

/**
 * Scheduled items as of one day: overdue (due before it), due this week (that day and the six after), and
 * upcoming (later).
 */
public record DueReport(LocalDate today, List<ScheduledItem> items) {
    public DueReport {
        Objects.requireNonNull(today, "today");
        items = List.copyOf(items);
    }

    public List<ScheduledItem> overdue() {
        return items.stream().filter(i -> i.due().isBefore(today)).toList();
    }

    public List<ScheduledItem> dueThisWeek() {
        return items.stream().filter(i -> !i.due().isBefore(today) && i.due().isBefore(today.plusDays(7))).toList();
    }

    public List<ScheduledItem> upcoming() {
        return items.stream().filter(i -> !i.due().isBefore(today.plusDays(7))).toList();
    }

    /** Only the items of one area and/or one team; an empty filter keeps all. */
    public DueReport filter(Optional<HazardReference> area, Optional<String> team) {
        return new DueReport(today, items.stream()
                .filter(i -> area.map(a -> a.equals(i.area())).orElse(true))
                .filter(i -> team.map(t -> t.equalsIgnoreCase(i.team())).orElse(true)).toList());
    }

    /** The teams named in the items, sorted, for a filter list. */
    public List<String> teams() {
        return items.stream().map(ScheduledItem::team).filter(t -> !t.isEmpty()).distinct().sorted().toList();
    }
}
