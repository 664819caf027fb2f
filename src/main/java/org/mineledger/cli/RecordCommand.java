package org.mineledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mineledger record ...}: laid-minefield records, their life cycle and print, and survey records; and
 * {@code mineledger record WORKSPACE REF --pdf OUT.pdf}, the printed record of a minefield or hazard area.
 */
@Command(name = "record",
        description = {"Laid-minefield records (add, list, compliance, submit, sign off, correct, print, convert) "
                + "and survey records of hazard areas (add-survey, accounting).",
            "  record WORKSPACE REF --pdf OUT.pdf prints one record: REF a minefield number prints the laid-"
                + "minefield record, REF a hazard reference (HA-0001) prints that area's hazard summary."},
        subcommands = {RecordLaidCommands.AddLaid.class, RecordLaidCommands.ListRecords.class,
            RecordLaidCommands.Compliance.class, RecordLaidCommands.Submit.class, RecordLaidCommands.SignOff.class,
            RecordLaidCommands.Correct.class, RecordLaidCommands.History.class, RecordPrintCommand.class,
            RecordLaidCommands.Convert.class, RecordSurveyCommands.AddSurvey.class,
            RecordSurveyCommands.Accounting.class, RecordSummaryCommand.class})
public final class RecordCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;
    @Parameters(index = "1", arity = "0..1", paramLabel = "REF", description = "a minefield number (e.g. MF-0417) or "
            + "a hazard reference (e.g. HA-0001)")
    String ref;
    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "the PDF to write (replaced if it exists)")
    Path pdf;
    @Option(names = "--coords", defaultValue = "mgrs", description = "system of the first coordinate column: "
            + "latlon, dms, utm, mgrs or epsg:3067, 2180, 3346, 3059, 3301 (default ${DEFAULT-VALUE})")
    String coords;

    @Override
    public Integer call() {
        if (file == null && ref == null && pdf == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        if (file == null || ref == null || pdf == null) {
            throw new IllegalArgumentException("To print a record, type: mineledger record WORKSPACE REF --pdf "
                    + "OUT.pdf (REF is a minefield number or a hazard reference such as HA-0001). Run 'mineledger "
                    + "record --help' for the other record commands.");
        }
        return new RecordPdf(file, ref.strip(), pdf, CoordinateSystem.of(coords)).write(spec.commandLine().getOut());
    }

    /** Reads a record file with {@code reader}; a fault in its content is named with the file it is in. */
    static <T> T fromFile(Path file, java.util.function.Function<String, T> reader) {
        String text = readFile(file);
        try {
            return reader.apply(text);
        } catch (org.mineledger.store.RecordFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a UTF-8 file, with a message for a deminer when it is missing or unreadable. */
    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist. Check the path and the file name.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + " (" + e.getMessage() + "). Check that it is "
                    + "a UTF-8 text file you may read.", e);
        }
    }

    /** Runs an action; a life-cycle refusal becomes a user error (exit 2) with its message. */
    static <T> T lifecycle(Supplier<T> action) {
        try {
            return action.get();
        } catch (RecordLockedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Opens the workspace and finds the latest revision of a minefield, or says how to list the numbers. */
    static <T> T withLatest(Path file, String number, Function<Context, T> work) {
        try (Workspace ws = Workspace.open(file)) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            LaidMinefieldRevision rev = store.latest(number).orElseThrow(() -> new IllegalArgumentException(
                    "There is no minefield " + number + " in " + file + ". Run 'mineledger record list " + file
                            + "' to see the numbers recorded."));
            return lifecycle(() -> work.apply(new Context(ws, store, rev)));
        }
    }

    /** What a subcommand works on. */
    record Context(Workspace ws, LaidMinefieldStore store, LaidMinefieldRevision latest) {
    }
}
