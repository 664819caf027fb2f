package org.mineledger.cli;

import java.io.PrintWriter;
import org.mineledger.store.CheckReport;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;

/** {@code mineledger check WORKSPACE}: exit 0 only when the workspace and its audit trail are sound. */
@Command(name = "check", description = "Check the file, the GeoPackage tables and the audit trail. "
        + "Exit code 0 when all is well, 1 when a problem was found.")
public final class CheckCommand extends WorkspaceCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        CheckReport report;
        try (Workspace ws = Workspace.open(file)) {
            report = ws.check();
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
