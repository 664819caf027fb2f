package org.mineledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger report WORKSPACE --pdf OUT.pdf}: the hazard summary report (same as {@code record summary}). */
@Command(name = "report", description = "Print the hazard summary report (area "
        + "accounting, surveys, finds, releases, map) of every hazard area to PDF.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;
    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    Path out;
    @Option(names = "--coords", defaultValue = "mgrs", description = "system for find positions (default "
            + "${DEFAULT-VALUE})")
    String coords;

    @Override
    public Integer call() {
        return RecordSummaryCommand.write(spec, file, out, coords);
    }
}
