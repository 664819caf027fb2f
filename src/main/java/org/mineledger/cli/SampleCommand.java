package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineledger.io.sample.SampleCatalog;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.io.sample.SampleScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger sample NAME WORKSPACE}: writes a bundled training scenario to a new workspace. */
@Command(name = "sample",
        description = "Writes a bundled, fictional training scenario to a new workspace, or lists them with --list.")
public final class SampleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "List the bundled scenarios and exit.")
    private boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Scenario name, e.g. border-crossing")
    private String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "WORKSPACE", description = "New workspace file (.gpkg)")
    private Path workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SampleCatalog catalog = new SampleCatalog();
        if (list) {
            for (String id : catalog.ids()) {
                SampleScenario s = catalog.load(id);
                out.printf("%-20s %s%n", id, s.title());
            }
            return 0;
        }
        if (name == null || workspace == null) {
            spec.commandLine().getErr().println("Give a scenario name and a new workspace file, e.g. "
                    + "'sample border-crossing training.gpkg'. 'sample --list' shows the names.");
            return 2;
        }
        SampleScenario s = SampleInstaller.install(name, workspace);
        out.printf("Wrote %s (%s, %d hazard areas) to %s%n%s%n", s.id(), s.title(), s.hazardAreas().size(),
                workspace, s.banner());
        return 0;
    }
}
