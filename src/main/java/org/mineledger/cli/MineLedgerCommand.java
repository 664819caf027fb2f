package org.mineledger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code mineledger} command; each subcommand is one class in this package. */
@Command(name = "mineledger", mixinStandardHelpOptions = true, version = "MineLedger 0.1.0",
        description = "Minefield records and clearance planning. Run without arguments to open the window.",
        subcommands = {CommandLine.HelpCommand.class, ConvertCommand.class, AreaCommand.class, TraverseCommand.class})
public final class MineLedgerCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the CLI and returns the exit code; user errors print a message, never a stack trace. */
    public static int run(String... args) {
        return new CommandLine(new MineLedgerCommand()).execute(args);
    }
}
