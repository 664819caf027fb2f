package org.mineledger.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;

/**
 * {@code mineledger info WORKSPACE [--areas]}: hazard areas counted by kind and status, then each area (reference,
 * kind, status, name) when there are few, or always with {@code --areas}.
 */
@Command(name = "info", description = "Show the file, schema version and hazard areas by kind and status, and "
        + "list the areas (all of them with --areas; without it, only when there are " + InfoCommand.LISTED
        + " or fewer).")
public final class InfoCommand extends WorkspaceCommand {
    /** Up to this many areas are listed without --areas; a national database is counted only. */
    static final int LISTED = 200;
    @picocli.CommandLine.Option(names = "--areas", description = "list every hazard area, however many")
    boolean areas;

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
            if (areas || total <= LISTED) {
                for (org.mineledger.model.HazardArea a : ws.hazards().stream()
                        .sorted(java.util.Comparator.comparing(h -> h.reference().value())).toList()) {
                    out.printf(java.util.Locale.ROOT, "  %-9s %-4s %-12s %s%n", a.reference(), a.kind().code(),
                            a.status().label(), a.name());
                }
            } else {
                out.println("Run 'mineledger info " + file + " --areas' to list them.");
            }
        }
        return 0;
    }
}
