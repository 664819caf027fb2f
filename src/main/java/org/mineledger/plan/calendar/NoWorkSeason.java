package org.mineledger.plan.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A part of every year without field work, e.g. frozen ground from 1 December to 15 March; it may run over
 * the new year. Both ends are included.
 */
public record NoWorkSeason(MonthDay from, MonthDay to, String reason) {
    public NoWorkSeason {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reason = reason == null || reason.isBlank() ? "no-work season" : reason.strip();
    }

    public boolean contains(LocalDate date) {
        MonthDay d = MonthDay.from(date);
        if (!from.isAfter(to)) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
        return !d.isBefore(from) || !d.isAfter(to);
    }
}
