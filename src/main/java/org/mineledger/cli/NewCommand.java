package org.mineledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger new WORKSPACE}: creates an empty workspace file. */
@Command(name = "new", description = "Create a new, empty workspace (.gpkg). Refuses to overwrite a file.")
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "the .gpkg file to create")
    Path file;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.create(file)) {
            spec.commandLine().getOut().println("Created workspace " + ws.file() + " (schema " + ws.schemaVersion()
                    + ").");
        }
        return 0;
    }
}
