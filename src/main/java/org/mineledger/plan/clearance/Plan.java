package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A clearance schedule: which team does which task on which days, what could not be planned and why. */
public record Plan(String name, LocalDate start, List<Team> teams, List<Assignment> assignments,
        List<Unscheduled> unscheduled) {
    /** A task left out of the plan with the reason for the planner. */
    public record Unscheduled(ClearanceTask task, String reason) {
    }

    public Plan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        teams = List.copyOf(teams);
        assignments = List.copyOf(assignments);
        unscheduled = List.copyOf(unscheduled);
    }

    /** Last working day of the plan; the start date when nothing is scheduled. */
    public LocalDate end() {
        return assignments.stream().map(Assignment::end).max(Comparator.naturalOrder()).orElse(start);
    }

    /** Calendar days from the start to the end, both included. */
    public long durationDays() {
        return ChronoUnit.DAYS.between(start, end()) + (assignments.isEmpty() ? 0 : 1);
    }

    public double costUsd() {
        return assignments.stream().mapToDouble(Assignment::costUsd).sum();
    }

    public double areaM2() {
        return assignments.stream().mapToDouble(a -> a.task().areaM2()).sum();
    }

    /** Team working days used, setup included. */
    public int teamDays() {
        return assignments.stream().mapToInt(a -> a.days().size()).sum();
    }

    /** Area cleared in each month, each task's area spread evenly over its clearance days. */
    public SortedMap<YearMonth, Double> m2PerMonth() {
        SortedMap<YearMonth, Double> out = new TreeMap<>();
        for (Assignment a : assignments) {
            double perDay = a.task().areaM2() / a.workDays();
            for (LocalDate d : a.days().subList(a.setupDays(), a.days().size())) {
                out.merge(YearMonth.from(d), perDay, Double::sum);
            }
        }
        return out;
    }

    public Optional<Assignment> assignmentOf(String taskId) {
        return assignments.stream().filter(a -> a.task().id().equals(taskId)).findFirst();
    }

    public Plan renamed(String newName) {
        return new Plan(newName, start, teams, assignments, unscheduled);
    }
}
