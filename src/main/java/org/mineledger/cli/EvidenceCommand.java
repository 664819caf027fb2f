package org.mineledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mineledger evidence WORKSPACE [--delete ID…]}: lists the survey evidence, or deletes wrongly imported features. */
@Command(name = "evidence", description = "List the survey evidence (GPS waypoints and tracks) of a workspace, or "
        + "delete wrongly imported features; each deletion is kept in the audit trail.")
public final class EvidenceCommand extends WorkspaceCommand {
    @Option(names = "--delete", paramLabel = "ID", split = ",", description = "delete these features (the ids "
            + "this command lists), e.g. --delete 4,5")
    List<Long> delete = new ArrayList<>();
    @Option(names = "--user", description = "who is deleting, for the audit trail")
    String user;

    @Override
    public Integer call() {
        PrintWriter o = out();
        try (Workspace ws = Workspace.open(file)) {
            if (user != null) {
                ws.setUser(user);
            }
            SurveyEvidenceStore store = new SurveyEvidenceStore(ws);
            if (delete.isEmpty()) {
                List<SurveyEvidence> all = store.all();
                o.println(all.isEmpty() ? "No survey evidence in " + file + "." : "ID\tKind\tName\tHazard area\tTime"
                        + "\tFrom");
                all.forEach(e -> o.println(line(e)));
                return 0;
            }
            List<Long> stored = store.all().stream().map(SurveyEvidence::id).toList();
            List<Long> unknown = delete.stream().filter(id -> !stored.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("No survey evidence feature " + unknown + " in " + file
                        + "; nothing was deleted. List the ids with 'mineledger evidence " + file + "'.");
            }
            for (long id : delete) {
                SurveyEvidence gone = store.delete(id);
                o.println("Deleted survey evidence " + line(gone).replace('\t', ' ') + "; the audit trail keeps it.");
            }
            return 0;
        }
    }

    private static String line(SurveyEvidence e) {
        return e.id() + "\t" + (e.isPoint() ? "waypoint" : "track") + "\t" + e.name() + "\t"
                + (e.hazard() == null ? "-" : e.hazard().value()) + "\t" + (e.time() == null ? "-" : e.time())
                + "\t" + e.sourceFile() + ", " + e.sourceFeature();
    }
}
