package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.report.PlanPack;
import org.mineledger.report.WorkLayout;
import org.mineledger.store.PlanStore;
import org.mineledger.store.PlanningDetailsStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mineledger print WORKSPACE --plan ID --pdf OUT.pdf}: the task-sheet pack of a saved plan. */
@Command(name = "print",
        description = "Write the task-sheet pack of a saved plan as one PDF.")
public final class PrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Option(names = "--plan", required = true, description = "plan number, as 'mineledger plan' printed it")
    long planId;

    @Option(names = "--pdf", required = true, description = "PDF file to write")
    Path pdf;

    @Option(names = "--grid", defaultValue = "utm", description = "coordinates on the sheets (default: utm)")
    String grid;

    @Option(names = "--box", defaultValue = "10", description = "work box size in metres (default: 10)")
    double box;

    @Option(names = "--lanes", description = "lanes instead of boxes: WIDTH@BEARING, e.g. 1@90")
    String lanes;

    @Option(names = "--classification", defaultValue = "UNCLASSIFIED", description = "marking on every page")
    String classification;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(file)) {
            Plan plan = new PlanStore(ws).plan(planId).orElseThrow(() -> new IllegalArgumentException(
                    "There is no plan " + planId + " in " + ws.file() + "; 'mineledger plan' prints the number of"
                            + " each plan it saves."));
            // the sheets draw the land still unreleased; a hazard all released since the plan: its whole polygon
            PlanPack pack = new PlanPack(PlanInputs.baseMaps(ws.isTraining()),
                    org.mineledger.store.UnreleasedLand.of(ws).forSheets(), CoordinateSystem.of(grid), classification,
                    ws.trainingBanner(), layout(box, lanes), new PlanningDetailsStore(ws).all());
            PlanInputs.writing(pdf, () -> pack.write(plan, pdf,
                    (d, t, w) -> { }, () -> false));
            o.println("Wrote plan " + planId + " (" + plan.name() + ") to " + pdf + ".");
        }
        return 0;
    }

    /** Boxes of {@code box} metres, or lanes from {@code WIDTH@BEARING}. */
    static WorkLayout layout(double box, String lanes) {
        if (lanes == null) {
            return WorkLayout.boxes(box);
        }
        String[] parts = lanes.split("@");
        try {
            return WorkLayout.lanes(Double.parseDouble(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1]) : 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Lanes '" + lanes + "' must be WIDTH@BEARING in metres and degrees,"
                    + " e.g. 1@90.");
        }
    }
}
