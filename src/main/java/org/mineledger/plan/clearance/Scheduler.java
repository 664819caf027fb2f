package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mineledger.plan.calendar.WorkCalendar;

/**
 * List scheduling of clearance tasks. Tasks are taken in priority order (rank 1 first; a task's survey or other
 * prerequisite is taken just before it); each goes to the team of the required kind that would FINISH it
 * earliest, after that team's earlier work, the plan start, the end of the land's survey and the end of any task
 * it depends on. Travel/setup days come first and are paid. Only working days of the calendar are used.
 *
 * <p>What it optimises: the finishing date of each task in turn, most urgent first (a greedy rule, so urgent
 * land is released as early as the teams allow). It does not minimise total cost or the date the last task
 * ends, and it never delays an urgent task to let a less urgent one fill a gap.
 */
public final class Scheduler {
    private final WorkCalendar calendar;
    private final int setupDays;
    private static final int MAX_SEARCH_DAYS = 366 * 5;
    private final Map<LocalDate, Boolean> working = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param setupDays travel and setup working days before each task (0 to 30) */
    public Scheduler(WorkCalendar calendar, int setupDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (setupDays < 0 || setupDays > 30) {
            throw new IllegalArgumentException("Travel/setup of " + setupDays + " days must be 0 to 30 days.");
        }
        this.setupDays = setupDays;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public int setupDays() {
        return setupDays;
    }

    public Plan schedule(String name, LocalDate start, List<ClearanceTask> tasks, List<Team> teams) {
        Map<String, ClearanceTask> byId = new LinkedHashMap<>();
        for (ClearanceTask t : tasks) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("Task ID " + t.id() + " is used twice; task IDs must be unique.");
            }
        }
        Map<String, LocalDate> teamFree = new HashMap<>();
        teams.forEach(t -> teamFree.put(t.id(), t.availableFrom().isBefore(start) ? start : t.availableFrom()));
        Map<String, Assignment> done = new LinkedHashMap<>();
        List<Plan.Unscheduled> left = new ArrayList<>();
        Map<String, String> failed = new HashMap<>();
        List<ClearanceTask> order = new ArrayList<>(tasks);
        order.sort(Comparator.comparingInt(ClearanceTask::priorityRank).thenComparing(ClearanceTask::id));
        for (ClearanceTask t : order) {
            place(t, byId, teams, teamFree, start, done, failed, new HashSet<>());
        }
        for (ClearanceTask t : order) {
            if (failed.containsKey(t.id())) {
                left.add(new Plan.Unscheduled(t, failed.get(t.id())));
            }
        }
        return new Plan(name, start, teams, new ArrayList<>(done.values()), left);
    }

    private void place(ClearanceTask t, Map<String, ClearanceTask> byId, List<Team> teams,
            Map<String, LocalDate> teamFree, LocalDate start, Map<String, Assignment> done, Map<String, String> failed,
            Set<String> visiting) {
        if (done.containsKey(t.id()) || failed.containsKey(t.id())) {
            return;
        }
        if (!visiting.add(t.id())) {
            failed.put(t.id(), "it waits for itself through a chain of prerequisites; remove the loop");
            return;
        }
        LocalDate earliest = start;
        if (t.surveyEnds().isPresent() && !t.surveyEnds().get().isBefore(earliest)) {
            earliest = t.surveyEnds().get().plusDays(1);
        }
        if (t.dependsOn().isPresent()) {
            ClearanceTask before = byId.get(t.dependsOn().get());
            if (before == null) {
                failed.put(t.id(), "it waits for task " + t.dependsOn().get() + ", which is not in the plan");
                return;
            }
            place(before, byId, teams, teamFree, start, done, failed, visiting);
            Assignment a = done.get(before.id());
            if (a == null) {
                failed.put(t.id(), "its prerequisite " + before.id() + " could not be planned");
                return;
            }
            earliest = later(earliest, a.end().plusDays(1));
        }
        Assignment best = null;
        Map<AssetType, Team> firstFree = new LinkedHashMap<>();
        for (Team team : teams) {
            if (team.asset().kind() == t.method()) {
                // teams of one asset type work alike, so the one free first finishes first
                firstFree.merge(team.asset(), team, (a, b) -> teamFree.get(b.id()).isBefore(teamFree.get(a.id())) ? b : a);
            }
        }
        for (Team team : firstFree.values()) {
            Assignment a = tryOn(t, team, later(earliest, teamFree.get(team.id())));
            if (best == null || a.end().isBefore(best.end())) {
                best = a;
            }
        }
        if (best == null) {
            failed.put(t.id(), "no team of kind '" + t.method().label() + "' is in the plan; add one");
            return;
        }
        done.put(t.id(), best);
        teamFree.put(best.team().id(), best.end().plusDays(1));
    }

    private Assignment tryOn(ClearanceTask t, Team team, LocalDate from) {
        double rate = team.asset().m2PerDay(t.ground());
        int work = (int) Math.ceil(t.areaM2() / rate - 1e-9);
        List<LocalDate> days = new ArrayList<>(setupDays + work);
        LocalDate d = from;
        for (int i = 0; i < setupDays + work; i++) {
            d = firstWorkingDayFrom(d);
            days.add(d);
            d = d.plusDays(1);
        }
        return new Assignment(t, team, days, setupDays, rate, days.size() * team.asset().dailyCostUsd());
    }

    /** The calendar's rule, remembered per date: the same days are asked about for every team and task. */
    private LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, d = d.plusDays(1)) {
            if (working.computeIfAbsent(d, calendar::isWorkingDay)) {
                return d;
            }
        }
        return calendar.firstWorkingDayFrom(date); // explains the empty calendar
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
