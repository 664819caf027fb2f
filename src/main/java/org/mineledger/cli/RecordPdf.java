package org.mineledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.HazardArea;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.report.HazardSummaryPdf;
import org.mineledger.report.LaidMinefieldRecordPdf;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;

/**
 * The printed record behind {@code record WORKSPACE REF --pdf OUT.pdf}: a minefield number prints its latest
 * laid-minefield record, a hazard reference prints that hazard area's summary. An unknown REF is a user error.
 *
 * @param file   the workspace
 * @param ref    minefield number or hazard reference, as typed
 * @param out    the PDF to write
 * @param system the first coordinate system printed
 */
record RecordPdf(Path file, String ref, Path out, CoordinateSystem system) {

    /** Writes the PDF and says what it holds; 0 on success. */
    int write(PrintWriter say) {
        try (Workspace ws = Workspace.open(file)) {
            LaidMinefieldStore laid = new LaidMinefieldStore(ws);
            Optional<LaidMinefieldRevision> rev = laid.latest(ref);
            if (rev.isPresent()) {
                try {
                    new LaidMinefieldRecordPdf(rev.get(), system, ws.trainingBanner()).write(out);
                } catch (IOException e) {
                    throw new IllegalArgumentException("Cannot write " + out + " (" + e.getMessage() + "). Check "
                            + "that the folder exists and that the file is not open in a PDF viewer.", e);
                }
                say.println("Wrote " + out + " (minefield " + ref + " rev " + rev.get().revision() + ").");
                return 0;
            }
            HazardArea h = ws.hazards().stream().filter(a -> a.reference().value().equalsIgnoreCase(ref))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + ref + "' is neither a "
                            + "minefield number nor a hazard reference in " + file + ". Run 'mineledger record list "
                            + file + "' for the minefield numbers and 'mineledger info " + file + "' for the hazard "
                            + "areas."));
            HazardSummaryPdf.Entry entry = RecordSummaryCommand.entry(new SurveyStore(ws), laid, h);
            RecordSummaryCommand.write(new HazardSummaryPdf(List.of(entry), system, ws.trainingBanner()), out);
            say.println("Wrote " + out + " (hazard summary of " + h.reference() + ").");
            return 0;
        }
    }
}
