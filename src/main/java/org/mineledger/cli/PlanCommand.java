package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.map.BaseMap;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.report.PlanPack;
import org.mineledger.report.WorkLayout;
import org.mineledger.store.PlanStore;
import org.mineledger.store.PlanningDetailsStore;
import org.mineledger.store.UnreleasedLand;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mineledger plan WORKSPACE}: schedules the open hazards, saves the plan and prints its task sheets. */
@Command(name = "plan",
        description = "Rank the open hazard areas, schedule them on the given teams, save the plan in the workspace"
                + " and write the task-sheet pack as PDF.")
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Option(names = "--teams", defaultValue = "manual=2,mdd=1",
            description = "teams by asset code, e.g. manual=2,mdd=1,mech=1 (default: ${DEFAULT-VALUE})")
    String teams;

    @Option(names = "--start", description = "first day of the plan, YYYY-MM-DD (default: today)")
    String start;

    @Option(names = "--country", defaultValue = "none",
            description = "whose public holidays are days off: FI, PL, EE, LV, LT, UA or none (default: none)")
    String country;

    @Option(names = "--setup-days", defaultValue = "1", description = "travel/setup working days per task")
    int setupDays;

    @Option(names = "--grid", defaultValue = "utm",
            description = "coordinates on the sheets: utm, mgrs, latlon, dms or epsg:3067 etc. (default: utm)")
    String grid;

    @Option(names = "--box", defaultValue = "10", description = "work box size in metres (default: 10)")
    double box;

    @Option(names = "--lanes", description = "lanes instead of boxes: WIDTH@BEARING, e.g. 1@90")
    String lanes;

    @Option(names = "--classification", defaultValue = "UNCLASSIFIED", description = "marking on every page")
    String classification;

    @Option(names = "--name", description = "plan name (default: 'Plan' and the start date)")
    String name;

    @Option(names = "--community", description = "hazards the community asked to clear first, e.g. HA-0001,HA-0003")
    String community;

    @Option(names = "--blocked", description = "hazards that block access to homes, fields or services")
    String blocked;

    @Option(names = "--casualties", description = "casualties reported per hazard, e.g. HA-0004=2,HA-0007=1")
    String casualties;

    @Option(names = "--sha-confirmed", defaultValue = "25", paramLabel = "PERCENT",
            description = "share of each suspected area (SHA) expected to be confirmed by its technical survey and"
                    + " planned as clearance after it; 0 plans no clearance until the survey reports"
                    + " (default: ${DEFAULT-VALUE}, a MineLedger assumption)")
    double shaConfirmedPercent;

    @Option(names = "--out", description = "file to write: the plan pack as PDF (.pdf) or the plan as JSON (.json)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        // every option and the output file are checked before the workspace is opened
        LocalDate first = start == null ? LocalDate.now() : date(start);
        if (!(shaConfirmedPercent >= 0 && shaConfirmedPercent <= 100)) {
            throw new IllegalArgumentException("--sha-confirmed " + shaConfirmedPercent
                    + " must be a percentage from 0 to 100.");
        }
        WorkLayout layout = PrintCommand.layout(box, lanes);
        CoordinateSystem coordinates = CoordinateSystem.of(grid);
        boolean json = out != null && PlanInputs.isJsonOutput(out);
        try (Workspace ws = Workspace.open(file)) {
            UnreleasedLand land = UnreleasedLand.of(ws);
            List<HazardArea> hazards = land.toPlan();
            List<BaseMap> maps = PlanInputs.baseMaps(ws.isTraining());
            Map<String, PlanningDetails> details = new PlanningDetailsStore(ws).all();
            List<PriorityResult> ranked = PlanInputs.priorities(hazards, details, maps, blocked, community,
                    casualties);
            WorkCalendar calendar = PlanInputs.calendar(country, hazards);
            PlanStore store = new PlanStore(ws);
            Plan plan = PlanInputs.plan(name == null ? "Plan " + first : name, hazards, details, ranked,
                    store.catalogue(), teams, first, calendar, setupDays,
                    TaskList.Defaults.standard().withExpectedConfirmedShare(shaConfirmedPercent / 100));
            if (json) { // the file first: a plan whose file cannot be written is not stored
                PlanInputs.writing(out, () -> {
                    try {
                        java.nio.file.Files.writeString(out, PlanStore.toJson(plan));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } else if (out != null) {
                PlanPack pack = new PlanPack(maps, hazards, coordinates, classification, ws.trainingBanner(), layout,
                        details);
                PlanInputs.writing(out, () -> pack.write(plan, out, (d, t, w) -> { }, () -> false));
            }
            long id = store.save(plan, settings());
            if (ws.isTraining()) {
                o.println(ws.trainingBanner());
            }
            land.notes().forEach(o::println);
            printSummary(o, plan, ranked);
            o.printf(Locale.ROOT, "Saved as plan %d in %s.%n", id, ws.file());
            if (out != null) {
                o.println(json ? "Wrote the plan to " + out + "."
                        : "Wrote " + plan.assignments().size() + " task sheets to " + out + ".");
            }
        }
        return 0;
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("teams", teams);
        settings.put("country", country.toUpperCase(Locale.ROOT));
        settings.put("setupDays", String.valueOf(setupDays));
        settings.put("shaConfirmedPercent", String.valueOf(shaConfirmedPercent));
        return settings;
    }

    static void printSummary(PrintWriter o, Plan plan, List<PriorityResult> ranked) {
        o.printf(Locale.ROOT, "%-7s %-8s %-9s %-10s %-10s %5s %10s %10s  %s%n", "Task", "Hazard", "Team", "Start", "End",
                "Days", "Area m2", "Cost US$", "Why this order");
        for (Assignment a : plan.assignments()) {
            String why = ranked.stream().filter(r -> r.reference().equals(a.task().hazardReference()))
                    .map(PriorityResult::reason).findFirst().orElse("");
            o.printf(Locale.ROOT, "%-7s %-8s %-9s %-10s %-10s %5d %,10.0f %,10.0f  %s%n", a.task().id(),
                    a.task().hazardReference(), a.team().id(), a.start(), a.end(), a.days().size(),
                    a.task().areaM2(), a.costUsd(), why);
        }
        for (Assignment a : plan.assignments()) {
            if (!a.task().basisNote().isEmpty()) {
                o.printf(Locale.ROOT, "  %s: %s%n", a.task().id(), a.task().basisNote());
            }
        }
        for (Plan.Unscheduled u : plan.unscheduled()) {
            o.printf(Locale.ROOT, "NOT PLANNED %s (%s): %s%n", u.task().id(), u.task().hazardReference(), u.reason());
        }
        o.printf(Locale.ROOT, "Tasks: %d planned, %d not planned. End: %s (%d calendar days). Cost: US$%,.0f."
                + " Area: %,.0f m².%n", plan.assignments().size(), plan.unscheduled().size(), plan.end(),
                plan.durationDays(), plan.costUsd(), plan.areaM2());
        StringBuilder months = new StringBuilder("m² per month:");
        for (Map.Entry<YearMonth, Double> e : plan.m2PerMonth().entrySet()) {
            months.append(String.format(Locale.ROOT, " %s %,.0f;", e.getKey(), e.getValue()));
        }
        o.println(months);
        plan.teams().stream().map(t -> t.asset()).distinct().forEach(a -> o.printf(Locale.ROOT,
                "Figures for %s: US$%,.0f/day; source: %s%n", a.code(), a.dailyCostUsd(), a.source()));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date '" + text + "' is not a date; write it as YYYY-MM-DD, e.g. "
                    + "2026-04-06.");
        }
    }
}
