package org.mineledger.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;

/** {@code mineledger info WORKSPACE}: hazard areas counted by kind and status. */
@Command(name = "info", description = "Show the file, schema version and hazard areas by kind and status.")
public final class InfoCommand extends WorkspaceCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Workspace ws = Workspace.open(file)) {
            out.println("Workspace: " + ws.file());
            out.println("Schema version: " + ws.schemaVersion());
            if (ws.isTraining()) {
                out.println(ws.trainingBanner() + " (made from sample '" + ws.sampleId() + "')");
            }
            Map<HazardKind, Map<HazardStatus, Integer>> counts = ws.counts();
            StringBuilder header = new StringBuilder(String.format("%-30s", "Hazard areas"));
            for (HazardStatus s : HazardStatus.values()) {
                header.append(String.format("%13s", s.label()));
            }
            out.println(header.append(String.format("%8s", "Total")));
            int total = 0;
            for (HazardKind k : HazardKind.values()) {
                StringBuilder row = new StringBuilder(String.format("%-30s", k.label() + " (" + k.code() + ")"));
                int kindTotal = 0;
                for (HazardStatus s : HazardStatus.values()) {
                    int n = counts.get(k).get(s);
                    kindTotal += n;
                    row.append(String.format("%13d", n));
                }
                total += kindTotal;
                out.println(row.append(String.format("%8d", kindTotal)));
            }
            out.println("Total hazard areas: " + total);
        }
        return 0;
    }
}
