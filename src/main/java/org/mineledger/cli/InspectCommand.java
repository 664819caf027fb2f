package org.mineledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.model.HazardReference;
import org.mineledger.model.PastDay;
import org.mineledger.plan.monitoring.EventKind;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.FollowUpRules;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringEvent;
import org.mineledger.store.InspectionAttachment;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger inspect WORKSPACE HA-0001 --inspector NAME}: logs an inspection or an event. */
@Command(name = "inspect",
        description = "Logs an inspection of an area's marking (missing or damaged signs by number, fence breaches, "
                + "evidence of entry, photos); each failed item becomes a follow-up task with a due date. With "
                + "--event, logs a flood, storm, fire, frost heave or reported entry instead.")
public final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Parameters(index = "1", paramLabel = "AREA", description = "hazard area reference, e.g. HA-0001")
    String area;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "day of the inspection or event (default today)")
    LocalDate date;

    @Option(names = "--event", paramLabel = "KIND", description = "log an event: flood, storm, fire, frost-heave, "
            + "reported-entry")
    String event;

    @Option(names = "--inspector", paramLabel = "NAME", description = "who inspected")
    String inspector;

    @Option(names = "--team", paramLabel = "TEAM")
    String team;

    @Option(names = "--missing", paramLabel = "S-nnn", split = ",", description = "missing signs, e.g. S-004,S-007")
    List<String> missing = new ArrayList<>();

    @Option(names = "--damaged", paramLabel = "S-nnn", split = ",", description = "damaged signs")
    List<String> damaged = new ArrayList<>();

    @Option(names = "--repaired", paramLabel = "S-nnn", split = ",", description = "signs found repaired or "
            + "replaced: closes their open follow-up tasks")
    List<String> repaired = new ArrayList<>();

    @Option(names = "--done", paramLabel = "TASK", split = ",", description = "follow-up tasks put right, by the "
            + "number 'monitor' shows (e.g. 9): closes them")
    List<Long> done = new ArrayList<>();

    @Option(names = "--breaches", paramLabel = "N", defaultValue = "0", description = "breaches in fence or tape")
    int breaches;

    @Option(names = "--entry", description = "evidence that someone entered the area")
    boolean entry;

    @Option(names = "--reviews-done", description = "the self-destruct/self-deactivation review due was made")
    boolean reviewsDone;

    @Option(names = "--photo", paramLabel = "FILE", description = "attach a photo (repeat for more)")
    List<Path> photos = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = PastDay.today(java.time.Instant.now());
        HazardReference ref = new HazardReference(area.strip().toUpperCase(Locale.ROOT));
        List<String> signs = new ArrayList<>(normal(missing));
        signs.addAll(normal(damaged));
        signs.addAll(normal(repaired));
        try (Workspace ws = Workspace.open(file)) {
            if (ws.hazard(ref).isEmpty()) {
                throw new WorkspaceException("There is no hazard area " + ref + " in " + ws.file()
                        + ". Run 'mineledger info' to see the areas it holds.");
            }
            MonitoringStore store = new MonitoringStore(ws);
            InspectionChecks checks = new InspectionChecks(ref, store.records(), store.latestSigns(ref));
            if (event != null) {
                EventKind kind = EventKind.parse(event);
                LocalDate day = PastDay.require(date != null ? date : today, today, "The " + kind.label() + " date");
                store.recordEvent(new MonitoringEvent(0, ref, kind, day, note));
                out.println("Recorded " + kind.label() + " at " + ref + " on " + day + ".");
                return 0;
            }
            LocalDate day = checks.day(date != null ? date : today, today, "The inspection date");
            checks.signs(signs);
            List<Long> closing = checks.closing(done, normal(repaired));
            List<InspectionAttachment> files = attachments();
            InspectionRecord stored = store.recordInspection(new InspectionRecord(0, ref, day, inspector, team,
                    normal(missing), normal(damaged), breaches, entry, reviewsDone, note, List.of()), files,
                    FollowUpRules.DEFAULT, closing);
            out.println("Recorded inspection " + stored.id() + " of " + ref + " on " + day
                    + (stored.passed() ? ": nothing to put right." : "; follow-up tasks:"));
            for (FollowUp f : stored.followUps(FollowUpRules.DEFAULT)) {
                out.println("  due " + f.due() + "  " + f.task());
            }
            for (FollowUp f : store.records().followUps(ref)) {
                if (closing.contains(f.id())) {
                    out.println("Closed follow-up " + f.id() + ": " + f.task() + " (done " + day + ").");
                }
            }
        }
        out.flush();
        return 0;
    }

    private List<InspectionAttachment> attachments() throws IOException {
        List<InspectionAttachment> files = new ArrayList<>();
        for (Path p : photos) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("The photo " + p + " does not exist; check the path.");
            }
            files.add(new InspectionAttachment(p.getFileName().toString(), Files.probeContentType(p),
                    Files.readAllBytes(p)));
        }
        return files;
    }

    /** Sign numbers as a marking plan writes them: s-4 or S-004 is S-004. */
    private static List<String> normal(List<String> signs) {
        return signs.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
    }
}
