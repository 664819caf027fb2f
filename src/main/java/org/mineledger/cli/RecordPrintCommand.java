package org.mineledger.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.report.LaidMinefieldRecordPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger record print WORKSPACE NUMBER OUT.pdf}: the printed laid-minefield record. */
@Command(name = "print", description = "Print a laid-minefield record to PDF.")
final class RecordPrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;
    @Parameters(index = "1", paramLabel = "NUMBER", description = "the minefield number")
    String number;
    @Parameters(index = "2", paramLabel = "OUT.pdf", description = "the PDF to write (replaced if it exists)")
    Path out;
    @Option(names = "--coords", defaultValue = "mgrs", description = "system of the first coordinate column: "
            + "latlon, dms, utm, mgrs or epsg:3067, 2180, 3346, 3059, 3301 (default ${DEFAULT-VALUE}); WGS84 "
            + "lat/lon is always printed too")
    String coords;
    @Option(names = "--revision", description = "print this revision instead of the latest")
    Integer revision;

    @Override
    public Integer call() {
        CoordinateSystem system = CoordinateSystem.of(coords);
        return RecordCommand.withLatest(file, number, c -> {
            LaidMinefieldRevision rev = revision == null ? c.latest() : c.store().revisions(number).stream()
                    .filter(r -> r.revision() == revision).findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "Minefield " + number + " has no revision " + revision + "; the latest is "
                                    + c.latest().revision() + "."));
            try {
                new LaidMinefieldRecordPdf(rev, system, c.ws().trainingBanner()).write(out);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot write " + out + " (" + e.getMessage() + "). Check that the "
                        + "folder exists and that the file is not open in a PDF viewer.", e);
            }
            spec.commandLine().getOut().println("Wrote " + out + " (minefield " + number + " rev " + rev.revision()
                    + ").");
            return 0;
        });
    }
}
