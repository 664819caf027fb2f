package org.mineledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mineledger record ...}: laid-minefield records, their life cycle and print, and survey records. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Laid-minefield records (add, list, compliance, submit, sign off, correct, print, convert) "
                + "and survey records of hazard areas (add-survey, accounting).",
        subcommands = {RecordLaidCommands.AddLaid.class, RecordLaidCommands.ListRecords.class,
            RecordLaidCommands.Compliance.class, RecordLaidCommands.Submit.class, RecordLaidCommands.SignOff.class,
            RecordLaidCommands.Correct.class, RecordLaidCommands.History.class, RecordPrintCommand.class,
            RecordLaidCommands.Convert.class, RecordSurveyCommands.AddSurvey.class,
            RecordSurveyCommands.Accounting.class, RecordSummaryCommand.class})
public final class RecordCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
