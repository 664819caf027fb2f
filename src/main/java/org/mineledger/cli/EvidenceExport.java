package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;

/** {@code export --evidence}: the survey evidence of a workspace as GPX or GeoJSON, optionally of some areas. */
final class EvidenceExport {
    private EvidenceExport() {
    }

    /** {@code conditions} may only be reference=HA-0001,… (evidence has no kind or status). */
    static int run(Workspace ws, ExportFormat f, Path out, List<String> conditions, PrintWriter o, PrintWriter err) {
        if (!org.mineledger.io.evidence.EvidenceExport.FORMATS.contains(f)) {
            err.println("Survey evidence is exported as gpx or geojson, not " + f.extension() + ".");
            return MineLedgerCommand.USER_ERROR;
        }
        List<String> refs = new java.util.ArrayList<>();
        for (String c : conditions) {
            String field = c.substring(0, Math.max(c.indexOf('='), 0)).strip().toLowerCase(Locale.ROOT);
            if (!field.equals("reference") && !field.equals("ref")) {
                err.println("With --evidence, select by hazard area only (--ref HA-0001 or --where reference=…), "
                        + "not by " + c + ".");
                return MineLedgerCommand.USER_ERROR;
            }
            for (String r : c.substring(c.indexOf('=') + 1).split(",")) {
                refs.add(r.strip().toUpperCase(Locale.ROOT));
            }
        }
        List<SurveyEvidence> all = new SurveyEvidenceStore(ws).all().stream()
                .filter(e -> refs.isEmpty() || e.hazard() != null && refs.contains(e.hazard().value())).toList();
        if (all.isEmpty()) {
            err.println("The workspace holds no survey evidence" + (refs.isEmpty() ? "" : " of " + refs)
                    + "; nothing was written. Import some with 'mineledger import WORKSPACE FILE.gpx --evidence'.");
            return MineLedgerCommand.USER_ERROR;
        }
        org.mineledger.io.evidence.EvidenceExport.write(f, all, out, ws.trainingBanner(),
                new ProgressBar(err, "Exporting", all.size()));
        o.println("Exported " + all.size() + " survey evidence feature(s) to " + out + " ("
                + f.extension() + ").");
        return 0;
    }
}
