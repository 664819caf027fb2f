package org.mineledger.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import org.mineledger.io.DataFileException;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/** The top-level {@code mineledger} command; each subcommand is one class in this package. */
@Command(name = "mineledger", mixinStandardHelpOptions = true, version = "MineLedger 0.1.0",
        scope = ScopeType.INHERIT, // -h/--help and -V/--version on every subcommand, at any depth
        description = "Minefield records and clearance planning. Run without arguments to open the window.",
        subcommands = {CommandLine.HelpCommand.class, NewCommand.class, InfoCommand.class, CheckCommand.class,
            SampleCommand.class, WalkthroughCommand.class, ExercisePackCommand.class, GenerateCommand.class,
            ConvertCommand.class, AreaCommand.class, TraverseCommand.class, ValidateCommand.class,
            RecordCommand.class, ReportCommand.class, PlanCommand.class, PlanDetailsCommand.class, PrintCommand.class,
            MarkCommand.class, MonitorCommand.class,
            MonitorSetupCommand.class, InspectCommand.class, HandoverCommand.class, ImportCommand.class,
            ExportCommand.class, EvidenceCommand.class})
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
        CommandLine cli = args.length == 0 ? null : withOnly(args[0]);
        if (cli == null) {
            cli = new CommandLine(new MineLedgerCommand());
        }
        return configured(cli).execute(args);
    }

    /**
     * Settings every command line shares, however it was built: enum options in any case ("wire" as the help
     * writes it), dates read as YYYY-MM-DD with a plain message, and user errors without stack traces.
     */
    static CommandLine configured(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new DateConverter());
        cli.setParameterExceptionHandler(MineLedgerCommand::badArguments);
        cli.setExecutionExceptionHandler(MineLedgerCommand::userError);
        // a coordinate may start with a minus sign ("-33.9 18.4", south and west): convert reads what looks like an
        // unknown option as a coordinate, and names a real typo itself
        CommandLine convert = cli.getSubcommands().get("convert");
        if (convert != null) {
            convert.setUnmatchedOptionsArePositionalParams(true);
        }
        return cli;
    }

    /**
     * This command with only its subcommand called {@code name}, or null when none is. Picocli inspects every
     * subcommand class it is given when it starts (about half a second of CPU for all of them), so a command line
     * that names one gets only that one; help and usage print as with all of them.
     */
    private static CommandLine withOnly(String name) {
        Command top = MineLedgerCommand.class.getAnnotation(Command.class);
        for (Class<?> sub : top.subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class && c != null
                    && (c.name().equals(name) || Arrays.asList(c.aliases()).contains(name))) {
                CommandSpec spec = CommandSpec.wrapWithoutInspection(new MineLedgerCommand());
                spec.name(top.name());
                spec.version(top.version());
                spec.usageMessage().description(top.description());
                spec.mixinStandardHelpOptions(top.mixinStandardHelpOptions());
                spec.scopeType(top.scope());
                CommandLine cli = new CommandLine(spec);
                try {
                    // picocli copies converters and settings to subcommands added before they are set
                    cli.addSubcommand(CommandLine.defaultFactory().create(sub));
                } catch (Exception e) {
                    return null; // picocli reports it when it meets the class among all the others
                }
                return cli;
            }
        }
        return null;
    }

    /**
     * A value that cannot be read prints what is wrong and where to look, not the whole usage; a missing or unknown
     * argument prints the usage as well, since the user needs to see what the command takes.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        if (e instanceof CommandLine.MissingParameterException || e instanceof CommandLine.UnmatchedArgumentException) {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            cli.usage(err);
        } else {
            err.println("Run '" + cli.getCommandSpec().qualifiedName(" ") + " --help' to see its options.");
        }
        return USER_ERROR;
    }

    private static int userError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof WorkspaceException w) {
            cli.getErr().println(w.commandLineMessage());
            return USER_ERROR;
        }
        if (e instanceof DataFileException || e instanceof IllegalArgumentException) {
            cli.getErr().println(e.getMessage());
            return USER_ERROR;
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure", e);
        cli.getErr().println("MineLedger failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "). Your workspace was not changed by the failed command. Please report this.");
        return INTERNAL_ERROR;
    }
}
