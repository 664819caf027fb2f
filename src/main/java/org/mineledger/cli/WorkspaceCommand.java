package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A subcommand whose first argument is the workspace file; it prints to the command line's output. Failures
 * (a missing or damaged workspace, a refused change) are thrown as typed exceptions and reported with the exit
 * code by {@link MineLedgerCommand}, the same for every subcommand.
 */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
