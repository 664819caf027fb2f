package org.mineledger.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.HazardArea;
import org.mineledger.report.HazardSummaryPdf;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger record summary WORKSPACE OUT.pdf}: the hazard summary report. */
@Command(name = "summary", description = "Print the hazard summary report (area accounting, surveys, finds, "
        + "releases, map) of every hazard area to PDF.")
final class RecordSummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;
    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.pdf", description = "the PDF to write (replaced if "
            + "it exists)")
    Path out;
    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "the PDF to write, as `report` takes it")
    Path pdf;
    @Option(names = "--coords", defaultValue = "mgrs", description = "system for find positions (default "
            + "${DEFAULT-VALUE})")
    String coords;

    @Override
    public Integer call() {
        if (out != null && pdf != null && !out.equals(pdf) || out == null && pdf == null) {
            throw new IllegalArgumentException(out == null
                    ? "Give the PDF to write: record summary WORKSPACE OUT.pdf (or --pdf OUT.pdf)."
                    : "Give one PDF to write, " + out + " or " + pdf + ", not both.");
        }
        return write(spec, file, out != null ? out : pdf, coords);
    }

    /** Writes the summary of every hazard area of {@code file} to {@code out}; shared with {@code report}. */
    static int write(CommandSpec spec, Path file, Path out, String coords) {
        CoordinateSystem system = CoordinateSystem.of(coords);
        try (Workspace ws = Workspace.open(file)) {
            SurveyStore survey = new SurveyStore(ws);
            LaidMinefieldStore laid = new LaidMinefieldStore(ws);
            List<HazardSummaryPdf.Entry> entries = new ArrayList<>();
            for (HazardArea h : ws.hazards()) {
                entries.add(entry(survey, laid, h));
            }
            write(new HazardSummaryPdf(entries, system, ws.trainingBanner()), out);
            spec.commandLine().getOut().println("Wrote " + out + " (" + entries.size() + " hazard areas).");
        }
        return 0;
    }

    /** What the summary shows of one hazard area. */
    static HazardSummaryPdf.Entry entry(SurveyStore survey, LaidMinefieldStore laid, HazardArea h) {
        return new HazardSummaryPdf.Entry(h, survey.surveys(h.id()), survey.finds(h.id()), survey.releases(h.id()),
                laid.forHazard(h.id()));
    }

    static void write(HazardSummaryPdf pdf, Path out) {
        try {
            pdf.write(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + out + " (" + e.getMessage() + "). Check that the "
                    + "folder exists and that the file is not open in a PDF viewer.", e);
        }
    }
}
