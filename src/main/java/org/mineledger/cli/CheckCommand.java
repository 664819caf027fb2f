package org.mineledger.cli;

import java.io.PrintWriter;
import org.mineledger.store.CheckReport;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;

/** {@code mineledger check WORKSPACE}: exit 0 only when the workspace and its audit trail are sound. */
@Command(name = "check", description = "Check the file, the GeoPackage tables, the audit trail "
        + "(hash chain, and every hazard area and record equal to its last audited state) and the area accounting "
        + "of every hazard area with land released. "
        + "Exit code 0 when all is well, 1 when a problem was found.")
public final class CheckCommand extends WorkspaceCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        CheckReport report;
        try (Workspace ws = Workspace.open(file)) {
            report = ws.check();
        }
        if (!report.accounting().isEmpty()) {
            out.println("Area accounting (original = cancelled + reduced + cleared + remaining, to 1 m²):");
            report.accounting().forEach(a -> out.println("  " + a));
        }
        if (report.ok()) {
            out.println("OK: " + report.file() + " passed every check.");
            return 0;
        }
        out.println(report.problems().size() + " problem(s) in " + report.file() + ":");
        report.problems().forEach(p -> out.println("- " + p));
        return 1;
    }
}
