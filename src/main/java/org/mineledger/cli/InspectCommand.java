package org.mineledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.model.HazardReference;
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
        LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        HazardReference ref = new HazardReference(area.strip().toUpperCase(Locale.ROOT));
        try (Workspace ws = Workspace.open(file)) {
            if (ws.hazard(ref).isEmpty()) {
                throw new WorkspaceException("There is no hazard area " + ref + " in " + ws.file()
                        + ". Run 'mineledger info' to see the areas it holds.");
            }
            MonitoringStore store = new MonitoringStore(ws);
            if (event != null) {
                store.recordEvent(new MonitoringEvent(0, ref, EventKind.parse(event), day, note));
                out.println("Recorded " + EventKind.parse(event).label() + " at " + ref + " on " + day + ".");
                return 0;
            }
            List<InspectionAttachment> files = new ArrayList<>();
            for (Path p : photos) {
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("The photo " + p + " does not exist; check the path.");
                }
                String type = Files.probeContentType(p);
                files.add(new InspectionAttachment(p.getFileName().toString(), type, Files.readAllBytes(p)));
            }
            InspectionRecord stored = store.recordInspection(new InspectionRecord(0, ref, day, inspector, team,
                    missing, damaged, breaches, entry, reviewsDone, note, List.of()), files, FollowUpRules.DEFAULT);
            out.println("Recorded inspection " + stored.id() + " of " + ref + " on " + day
                    + (stored.passed() ? ": nothing to put right." : "; follow-up tasks:"));
            for (FollowUp f : stored.followUps(FollowUpRules.DEFAULT)) {
                out.println("  due " + f.due() + "  " + f.task());
            }
        }
        out.flush();
        return 0;
    }
}
