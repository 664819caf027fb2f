package org.mineledger.cli;

import org.mineledger.io.DataFileException;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code mineledger} command; each subcommand is one class in this package. */
@Command(name = "mineledger", mixinStandardHelpOptions = true, version = "MineLedger 0.1.0",
        description = "Minefield records and clearance planning. Run without arguments to open the window.",
        subcommands = {CommandLine.HelpCommand.class, NewCommand.class, InfoCommand.class, CheckCommand.class,
            SampleCommand.class, WalkthroughCommand.class, ExercisePackCommand.class, GenerateCommand.class,
            ConvertCommand.class, AreaCommand.class, TraverseCommand.class, ValidateCommand.class,
            RecordCommand.class, ReportCommand.class, PlanCommand.class, PlanDetailsCommand.class, PrintCommand.class,
            MarkCommand.class, MonitorCommand.class,
            MonitorSetupCommand.class, InspectCommand.class, HandoverCommand.class, ImportCommand.class,
            ExportCommand.class})
public final class MineLedgerCommand implements Runnable {
    /** Exit code for a user error (bad file, bad input): the message was printed to stderr. */
    public static final int USER_ERROR = 2;
    /** Exit code for a fault in MineLedger itself (EX_SOFTWARE of sysexits.h; 1 and 3 mean "needs attention"). */
    public static final int INTERNAL_ERROR = 70;
    private static final System.Logger LOG = System.getLogger(MineLedgerCommand.class.getName());

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the CLI and returns the exit code; user errors print a message, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new MineLedgerCommand());
        cli.setExecutionExceptionHandler(MineLedgerCommand::userError);
        return cli.execute(args);
    }

    private static int userError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof WorkspaceException || e instanceof DataFileException || e instanceof IllegalArgumentException) {
            cli.getErr().println(e.getMessage());
            return USER_ERROR;
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure", e);
        cli.getErr().println("MineLedger failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "). Your workspace was not changed by the failed command. Please report this.");
        return INTERNAL_ERROR;
    }
}
