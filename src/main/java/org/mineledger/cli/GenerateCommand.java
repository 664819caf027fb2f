package org.mineledger.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.mineledger.io.synthetic.SyntheticHazards;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger generate --hazards N WORKSPACE}: a new workspace full of synthetic areas for load tests. */
@Command(name = "generate",
        description = "Writes a new workspace holding N synthetic hazard areas (8-200 vertices each) spread over "
                + "Finland, Estonia, Latvia, Lithuania and Poland, for load tests and benchmarks. "
                + "The workspace is marked SYNTHETIC TEST DATA.")
public final class GenerateCommand implements Callable<Integer> {
    /** The banner every screen and print of a generated workspace shows. */
    public static final String BANNER = "SYNTHETIC TEST DATA — NOT REAL HAZARDS";
    private static final int BATCH = 5_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--hazards", required = true, paramLabel = "N", description = "number of hazard areas")
    private int count;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same areas "
            + "(default ${DEFAULT-VALUE})")
    private long seed = 1;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "new workspace file (.gpkg)")
    private Path file;

    @Override
    public Integer call() {
        if (count < 1 || count > 5_000_000) {
            spec.commandLine().getErr().println("--hazards must be between 1 and 5,000,000, not " + count + ".");
            return MineLedgerCommand.USER_ERROR;
        }
        SyntheticHazards generator = new SyntheticHazards(seed);
        Instant now = Instant.now();
        try (Workspace ws = Workspace.create(file)) {
            ws.markTraining(BANNER, "generated");
            for (int done = 0; done < count; done += BATCH) {
                int n = Math.min(BATCH, count - done);
                List<HazardArea> batch = generator.generate(n, done + 1, now);
                ws.addAll(batch);
                Progress.show(spec.commandLine().getErr(), "Generating", done + n, count);
            }
        }
        spec.commandLine().getOut().printf("Wrote %,d synthetic hazard areas to %s%n", count, file);
        return 0;
    }
}
