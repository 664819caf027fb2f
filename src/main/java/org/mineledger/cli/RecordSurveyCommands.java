package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.store.SurveyFile;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The survey and land-release subcommands of {@code mineledger record}. */
final class RecordSurveyCommands {
    private RecordSurveyCommands() {
    }

    @Command(name = "add-survey", description = "Add survey visits, ordnance finds and land releases of one hazard "
            + "area from a JSON file. A release outside its hazard area, or over land already released, is refused.")
    static final class AddSurvey extends WorkspaceCommand {
        @Parameters(index = "1", paramLabel = "FILE.json", description = "the survey file (format in the README)")
        Path json;

        @Override
        public Integer call() {
            SurveyFile f = RecordCommand.fromFile(json, SurveyFile::read);
            try (Workspace ws = Workspace.open(file)) {
                HazardArea h = hazard(ws, f.hazard(), file);
                SurveyStore store = new SurveyStore(ws);
                store.addAll(h.id(), f);
                PrintWriter out = out();
                out.println("Added to " + h.reference() + ": " + f.surveys().size() + " survey(s), " + f.finds().size()
                        + " find(s), " + f.releases().size() + " release(s).");
                out.println(store.accounting(h.id()).summary());
            }
            return 0;
        }
    }

    @Command(name = "accounting", description = "Area accounting of every hazard area with releases: original = "
            + "cancelled + reduced + cleared + remaining (geodesic m²). Exit 1 when one does not balance to 1 m².")
    static final class Accounting extends WorkspaceCommand {

        @Override
        public Integer call() {
            PrintWriter out = out();
            boolean ok = true;
            try (Workspace ws = Workspace.open(file)) {
                SurveyStore store = new SurveyStore(ws);
                for (HazardArea h : ws.hazards()) {
                    AreaAccounting a = store.accounting(h.id());
                    ok &= a.balances();
                    out.printf(Locale.ROOT, "%-8s %s%n", h.reference(), a.summary());
                }
            }
            return ok ? 0 : 1;
        }
    }

    static HazardArea hazard(Workspace ws, HazardReference ref, Path file) {
        return ws.hazard(ref).orElseThrow(() -> new IllegalArgumentException("There is no hazard area " + ref
                + " in " + file + ". Run 'mineledger info " + file + "' to see what it holds."));
    }
}
