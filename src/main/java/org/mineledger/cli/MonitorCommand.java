package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mineledger.io.DataFileException;
import org.mineledger.io.ical.ICalendarWriter;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.DueReport;
import org.mineledger.plan.monitoring.MonitoringRecords;
import org.mineledger.plan.monitoring.MonitoringRules;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.plan.monitoring.MonitoringScheduler;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger monitor WORKSPACE}: what is overdue, due this week and upcoming; calendar export. */
@Command(name = "monitor", aliases = {"due", "schedule"},
        description = "Prints the monitoring schedule of every area not yet handed over: overdue items, items due "
                + "this week and upcoming ones, and writes it as an iCalendar file (one file per team optional). "
                + "Also run as 'due WORKSPACE [--date D]' and 'schedule WORKSPACE --ics OUT.ics'. Exit status 3 when "
                + "something is overdue and no calendar file was asked for (for scripts), 2 for a user error, 70 for a "
                + "fault in MineLedger.")
public final class MonitorCommand implements Callable<Integer> {
    /** Exit status when something is overdue (issue 7: 3, for scripts); distinct from user (2) and internal (70) errors. */
    public static final int OVERDUE = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "report as of this day (default today, UTC)")
    LocalDate date;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "schedule up to this day (default 90 "
            + "days after --date)")
    LocalDate until;

    @Option(names = "--overdue", description = "print only what is overdue")
    boolean overdueOnly;

    @Option(names = "--area", paramLabel = "REF", description = "only this hazard area, e.g. HA-0001")
    String area;

    @Option(names = "--team", paramLabel = "TEAM", description = "only this team")
    String team;

    @Option(names = "--ics", paramLabel = "FILE", description = "write the schedule as an iCalendar (.ics) file")
    Path ics;

    @Option(names = "--ics-per-team", paramLabel = "FOLDER", description = "write one .ics file per team")
    Path icsFolder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        LocalDate end = until != null ? until : today.plusDays(90);
        DueReport report;
        String banner;
        try (Workspace ws = Workspace.open(file)) {
            banner = ws.trainingBanner();
            MonitoringRecords records = new MonitoringStore(ws).records();
            List<ScheduledItem> items = new MonitoringScheduler(MonitoringRules.defaults())
                    .schedule(ws.hazards(), records, today, end);
            if (team != null) {
                requireKnownTeam(team.strip(), records, new DueReport(today, items), ws.file());
            }
            report = new DueReport(today, items).filter(
                    Optional.ofNullable(area).map(a -> new HazardReference(a.strip().toUpperCase(Locale.ROOT))),
                    Optional.ofNullable(team).map(String::strip));
        }
        if (!banner.isEmpty()) {
            out.println(banner);
        }
        out.println("Monitoring as of " + today + " (intervals: MineLedger defaults; see 'mineledger monitor --help')");
        section(out, "OVERDUE", report.overdue());
        if (!overdueOnly) {
            section(out, "DUE THIS WEEK", report.dueThisWeek());
            section(out, "UPCOMING to " + end, report.upcoming());
        }
        try {
            ICalendarWriter writer = new ICalendarWriter(Instant.now(), banner);
            if (ics != null) {
                writer.write(report.items(), "MineLedger monitoring", ics);
                out.println("Calendar: " + ics + " (" + report.items().size() + " events)");
            }
            if (icsFolder != null) {
                Files.createDirectories(icsFolder);
                writer.writePerTeam(report.items(), icsFolder).forEach(f -> out.println("Calendar: " + f));
            }
        } catch (DataFileException | java.io.IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
        out.flush();
        boolean exported = ics != null || icsFolder != null;
        return !report.overdue().isEmpty() && !exported ? OVERDUE : 0;
    }

    /** Refuses a team filter that names no team, which would print an empty schedule as if nothing were due. */
    private static void requireKnownTeam(String wanted, MonitoringRecords records, DueReport all, Path file) {
        java.util.SortedSet<String> teams = new java.util.TreeSet<>(all.teams());
        records.settings().stream().map(MonitoringSettings::team).filter(t -> !t.isEmpty()).forEach(teams::add);
        if (teams.stream().noneMatch(wanted::equalsIgnoreCase)) {
            throw new IllegalArgumentException("No team '" + wanted + "' monitors an area in " + file + (teams.isEmpty()
                    ? "; no team is set yet (use 'mineledger monitor-setup ... --team')."
                    : ". The teams are: " + String.join(", ", teams) + "."));
        }
    }

    private static void section(PrintWriter out, String title, List<ScheduledItem> items) {
        out.println();
        out.println(title + " (" + items.size() + ")");
        for (ScheduledItem i : items) {
            out.printf(Locale.ROOT, "  %s  %-8s %-10s %-24s %s%n      %s%n", i.due(), i.area(),
                    i.team().isEmpty() ? "-" : i.team(), i.kind().label(), i.title(), i.reason());
        }
    }
}
