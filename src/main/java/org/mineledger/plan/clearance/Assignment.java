package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A task given to a team: the working days it occupies (travel/setup first, then clearance) and what it costs,
 * with the figures used.
 *
 * @param days     every working day the team spends on the task, in order; setup days first
 * @param m2PerDay productivity used, from the team's asset type for the task's ground class
 * @param costUsd  (setup + work days) × the asset type's daily cost
 */
public record Assignment(ClearanceTask task, Team team, List<LocalDate> days, int setupDays, double m2PerDay,
        double costUsd) {
    public Assignment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(team, "team");
        days = List.copyOf(days);
        if (days.size() <= setupDays) {
            throw new IllegalArgumentException("Task " + task.id() + " has no working day after its setup.");
        }
    }

    public LocalDate start() {
        return days.get(0);
    }

    /** First day of clearance proper, after travel and setup. */
    public LocalDate workStart() {
        return days.get(setupDays);
    }

    public LocalDate end() {
        return days.get(days.size() - 1);
    }

    public int workDays() {
        return days.size() - setupDays;
    }

    /** Which figures the task's duration and cost come from, for the printout. */
    public String basis() {
        AssetType a = team.asset();
        return String.format(Locale.ROOT, "%.0f m²/day (%s, %s) and US$%,.0f/day for %s; source: %s",
                m2PerDay, a.code(), task.ground().code(), a.dailyCostUsd(), a.code(), a.source())
                + (task.basisNote().isEmpty() ? "" : "; " + task.basisNote());
    }
}
