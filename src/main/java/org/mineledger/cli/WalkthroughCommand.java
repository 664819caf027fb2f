package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mineledger.io.DataFileException;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.training.StepCheck;
import org.mineledger.plan.training.StepOutcome;
import org.mineledger.plan.training.Walkthrough;
import org.mineledger.plan.training.WalkthroughCheck;
import org.mineledger.plan.training.WalkthroughStep;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger walkthrough NAME [--check WORKSPACE]}: prints a scenario's steps, or checks a workspace. */
@Command(name = "walkthrough",
        description = {"Prints the steps of a training scenario's walkthrough, or with --check runs every step's "
            + "check against a workspace and prints pass or fail per step.",
            "Exit code 0 when every step passes, 1 when a step fails, 2 for a wrong name or file."})
public final class WalkthroughCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "List the scenarios that have a walkthrough and exit.")
    private boolean list;

    @Option(names = "--check", paramLabel = "WORKSPACE", description = "Workspace (.gpkg) to check step by step")
    private Path workspace;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Scenario name, e.g. village-survey")
    private String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WalkthroughReader reader = new WalkthroughReader();
        try {
            if (list) {
                reader.withWalkthrough().forEach(out::println);
                return 0;
            }
            if (name == null) {
                err.println("Give a scenario name, e.g. 'walkthrough village-survey'. 'walkthrough --list' shows "
                        + "the scenarios that have a walkthrough.");
                return MineLedgerCommand.USER_ERROR;
            }
            Walkthrough w = reader.read(name);
            out.println(w.title() + " (" + w.scenarioId() + ")");
            out.println(w.banner());
            return workspace == null ? printSteps(w, out) : check(w, out, err);
        } catch (DataFileException e) {
            err.println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
    }

    private static int printSteps(Walkthrough w, PrintWriter out) {
        int n = 1;
        for (WalkthroughStep s : w.steps()) {
            out.printf("%nStep %d (%s): %s%n", n++, s.id(), s.title());
            out.println("  " + s.instruction());
            out.println("  Task: " + s.task());
            for (StepCheck c : s.checks()) {
                out.println("  - checked: " + c.expectation());
            }
        }
        return 0;
    }

    private int check(Walkthrough w, PrintWriter out, PrintWriter err) {
        List<HazardArea> hazards;
        try (Workspace ws = Workspace.open(workspace)) {
            if (!ws.sampleId().equals(w.scenarioId())) {
                err.println("Note: " + workspace + " was not made from the sample '" + w.scenarioId() + "'"
                        + (ws.sampleId().isEmpty() ? "" : " (it was made from '" + ws.sampleId() + "')")
                        + "; the checks run all the same.");
            }
            hazards = ws.hazards();
        }
        WalkthroughCheck result = new WalkthroughCheck(w, hazards);
        int n = 1;
        for (StepOutcome o : result.outcomes()) {
            out.printf("%s  step %d (%s): %s%n", o.passed() ? "PASS" : "FAIL", n++, o.step().id(), o.step().title());
            o.failures().forEach(f -> out.println("      " + f));
        }
        out.printf("%d of %d steps passed.%n", result.passedCount(), result.outcomes().size());
        return result.allPassed() ? 0 : 1;
    }
}
