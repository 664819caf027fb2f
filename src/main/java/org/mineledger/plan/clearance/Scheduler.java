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
 * List scheduling of clearance tasks, with idle time filled. Tasks are taken in priority order (rank 1 first; a
 * task's survey or other prerequisite is taken just before it); each goes to the team of the required kind that
 * would FINISH it earliest, no sooner than the plan start, the team's start, the end of the land's survey and the
 * end of any task it depends on, in the first stretch of the team's time that is free for the whole task: a
 * team booked for an urgent task that must wait (for its survey, say) takes less urgent work in the months
 * before it, where that work fits. Travel/setup days come first and are paid. Only working days of the calendar
 * are used, and a task's days are never split around another task.
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
        Map<String, Bookings> bookings = new HashMap<>();
        teams.forEach(t -> bookings.put(t.id(), new Bookings(t.availableFrom().isBefore(start) ? start
                : t.availableFrom())));
        Map<String, Assignment> done = new LinkedHashMap<>();
        List<Plan.Unscheduled> left = new ArrayList<>();
        Map<String, String> failed = new HashMap<>();
        List<ClearanceTask> order = new ArrayList<>(tasks);
        order.sort(Comparator.comparingInt(ClearanceTask::priorityRank).thenComparing(ClearanceTask::id));
        WorkingDays workingDays = new WorkingDays(start);
        for (ClearanceTask t : order) {
            place(t, byId, teams, bookings, workingDays, start, done, failed, new HashSet<>());
        }
        for (ClearanceTask t : order) {
            if (failed.containsKey(t.id())) {
                left.add(new Plan.Unscheduled(t, failed.get(t.id())));
            }
        }
        return new Plan(name, start, teams, new ArrayList<>(done.values()), left);
    }

    private void place(ClearanceTask t, Map<String, ClearanceTask> byId, List<Team> teams,
            Map<String, Bookings> bookings, WorkingDays workingDays, LocalDate start, Map<String, Assignment> done,
            Map<String, String> failed, Set<String> visiting) {
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
            place(before, byId, teams, bookings, workingDays, start, done, failed, visiting);
            Assignment a = done.get(before.id());
            if (a == null) {
                failed.put(t.id(), "its prerequisite " + before.id() + " could not be planned");
                return;
            }
            earliest = later(earliest, a.end().plusDays(1));
        }
        Team bestTeam = null;
        int bestFirst = 0;
        int days = 0;
        for (Team team : teams) {
            if (team.asset().kind() == t.method()) {
                int n = setupDays + workDays(t, team);
                int first = firstFit(n, bookings.get(team.id()), workingDays, earliest);
                if (bestTeam == null || workingDays.get(first + n - 1).isBefore(workingDays.get(bestFirst + days - 1))) {
                    bestTeam = team;
                    bestFirst = first;
                    days = n;
                }
            }
        }
        if (bestTeam == null) {
            failed.put(t.id(), "no team of kind '" + t.method().label() + "' is in the plan; add one");
            return;
        }
        Assignment best = new Assignment(t, bestTeam, workingDays.days.subList(bestFirst, bestFirst + days),
                setupDays, bestTeam.asset().m2PerDay(t.ground()), days * bestTeam.asset().dailyCostUsd());
        done.put(t.id(), best);
        bookings.get(bestTeam.id()).book(best);
    }

    /** Working days of clearance proper (setup days not counted) that {@code t} takes {@code team}. */
    private static int workDays(ClearanceTask t, Team team) {
        return (int) Math.ceil(t.areaM2() / team.asset().m2PerDay(t.ground()) - 1e-9);
    }

    /**
     * The index (in {@code workingDays}) of the first of {@code n} working days in a row, from {@code earliest}
     * on, in which the team is booked for nothing else.
     */
    private static int firstFit(int n, Bookings booked, WorkingDays workingDays, LocalDate earliest) {
        int first = workingDays.indexFrom(later(earliest, booked.from));
        while (true) {
            LocalDate clash = booked.busyUntil(workingDays.get(first), workingDays.get(first + n - 1));
            if (clash == null) {
                return first;
            }
            first = workingDays.indexFrom(clash.plusDays(1));
        }
    }

    /** The calendar's working days from the plan start on, in order, found as far as they are asked for. */
    private final class WorkingDays {
        private final List<LocalDate> days = new ArrayList<>();
        private LocalDate next;

        WorkingDays(LocalDate start) {
            this.next = start;
        }

        /** The index of the first working day on or after {@code date} (not before the plan start). */
        int indexFrom(LocalDate date) {
            while (days.isEmpty() || days.get(days.size() - 1).isBefore(date)) {
                grow();
            }
            int i = java.util.Collections.binarySearch(days, date);
            return i >= 0 ? i : -i - 1;
        }

        LocalDate get(int index) {
            while (days.size() <= index) {
                grow();
            }
            return days.get(index);
        }

        private void grow() {
            LocalDate d = firstWorkingDayFrom(next);
            days.add(d);
            next = d.plusDays(1);
        }
    }

    /** When a team may start (the plan start or its own), and the stretches of days it is booked for. */
    private static final class Bookings {
        private final LocalDate from;
        private final List<LocalDate[]> spans = new ArrayList<>();

        Bookings(LocalDate from) {
            this.from = from;
        }

        /** The last day of a booked stretch that meets {@code first}..{@code last}, or null when none does. */
        LocalDate busyUntil(LocalDate first, LocalDate last) {
            for (LocalDate[] s : spans) {
                if (!s[1].isBefore(first) && !s[0].isAfter(last)) {
                    return s[1];
                }
            }
            return null;
        }

        void book(Assignment a) {
            spans.add(new LocalDate[] {a.start(), a.end()});
        }
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
