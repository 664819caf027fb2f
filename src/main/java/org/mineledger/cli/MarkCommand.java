package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.LineString;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Distance;
import org.mineledger.geo.Precision;
import org.mineledger.io.DataFileException;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.csv.SignTableCsvWriter;
import org.mineledger.io.gpx.GpxWriter;
import org.mineledger.map.AccessTracks;
import org.mineledger.map.BaseMap;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.marking.BarrierKind;
import org.mineledger.plan.marking.LabourRates;
import org.mineledger.plan.marking.MarkingOptions;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.MarkingPlanner;
import org.mineledger.plan.marking.MaterialLine;
import org.mineledger.plan.marking.ReleasedLand;
import org.mineledger.plan.marking.Sign;
import org.mineledger.report.MarkingPlanPdf;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger mark WORKSPACE HA-0001}: the marking plan of a hazard area, printed and exported. */
@Command(name = "mark", aliases = "marking",
        description = "Plans the marking of a hazard area: warning signs (S-001 ...) at every turning point, at "
                + "every track crossing and at most SPACING m apart along the geodesic perimeter, facing outward; "
                + "pickets, tape or wire, materials and labour. The plan is saved in the workspace. Also run as "
                + "'marking WORKSPACE REF --gpx OUT.gpx [--pdf OUT.pdf]'.")
public final class MarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Parameters(index = "1", paramLabel = "REF", description = "hazard area reference, e.g. HA-0001")
    String area;

    @Option(names = "--spacing", paramLabel = "M", defaultValue = "25",
            description = "longest gap between signs along the line, metres (default ${DEFAULT-VALUE}: "
                    + MarkingOptions.DEFAULT_SPACING_SOURCE + ")")
    double spacing;

    @Option(names = "--buffer", paramLabel = "M", defaultValue = "0",
            description = "mark this many metres outside the polygon (default ${DEFAULT-VALUE})")
    double buffer;

    @Option(names = "--pickets", paramLabel = "M", defaultValue = "5",
            description = "longest gap between pickets, metres (default ${DEFAULT-VALUE})")
    double pickets;

    @Option(names = "--barrier", paramLabel = "KIND", defaultValue = "TAPE",
            description = "tape, wire or none (default ${DEFAULT-VALUE})")
    BarrierKind barrier;

    @Option(names = "--strands", paramLabel = "N", defaultValue = "1", description = "strands of tape or wire")
    int strands;

    @Option(names = "--gpx", paramLabel = "FILE", description = "write the signs as GPX 1.1 waypoints")
    Path gpx;

    @Option(names = "--turning-points", description = "also write the turning points (TP-01 ...) to the GPX file")
    boolean turningPoints;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the sign table as CSV")
    Path csv;

    @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "utm",
            description = "coordinates in the CSV and PDF: latlon, dms, utm, mgrs or epsg:NNNN (default "
                    + "${DEFAULT-VALUE})")
    String system;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the marking plan as PDF")
    Path pdf;

    @Option(names = "--classification", paramLabel = "TEXT",
            description = "classification line printed at the top and foot of each PDF page")
    String classification;

    @Option(names = "--no-save", description = "do not store the plan in the workspace")
    boolean noSave;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CoordinateFormatter formatter = new CoordinateFormatter(CoordinateSystem.of(system), Precision.DECIMETRE);
        try (Workspace ws = Workspace.open(file)) {
            HazardReference ref = new HazardReference(area.strip().toUpperCase(Locale.ROOT));
            HazardArea a = ws.hazard(ref).orElseThrow(() -> new WorkspaceException("There is no hazard area "
                    + ref + " in " + ws.file() + ". Run 'mineledger info' to see the areas it holds."));
            MarkingOptions options = new MarkingOptions(Distance.ofMetres(spacing), Distance.ofMetres(buffer),
                    Distance.ofMetres(pickets), barrier, strands, LabourRates.DEFAULT);
            List<BaseMap> maps = new BaseMapReader().forWorkspace(ws.isTraining());
            List<LineString> tracks = AccessTracks.around(maps, a.polygon(), buffer);
            MarkingPlan plan = new MarkingPlanner(a.polygon(), tracks, options).plan();
            print(out, a, plan, formatter, ws.trainingBanner());
            ReleasedLand.warning(a).ifPresent(spec.commandLine().getErr()::println);
            String banner = ws.trainingBanner();
            if (gpx != null) {
                new GpxWriter(turningPoints, banner).write(plan, ref.value(), gpx);
                out.println("GPX: " + gpx);
            }
            if (csv != null) {
                new SignTableCsvWriter(formatter, banner).write(plan, csv);
                out.println("CSV: " + csv);
            }
            if (pdf != null) {
                new MarkingPlanPdf(formatter, banner).withClassification(classification).withBaseMaps(maps)
                        .write(a, plan, pdf);
                out.println("PDF: " + pdf);
            }
            if (!noSave) {
                new MonitoringStore(ws).saveMarkingPlan(ref, plan);
            }
        } catch (DataFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, HazardArea a, MarkingPlan plan, CoordinateFormatter f,
            String banner) {
        if (!banner.isEmpty()) {
            out.println(banner);
        }
        out.printf(Locale.ROOT, "Marking plan for %s %s: %d signs, marked line %.1f m (geodesic, WGS84)%n",
                a.reference(), a.name(), plan.signs().size(), plan.perimeter().metres());
        out.printf("%-7s %-15s %-40s %s%n", "Sign", "Reason", "Position (" + f.system().id() + ")", "Faces (true)");
        for (Sign s : plan.signs()) {
            out.printf(Locale.ROOT, "%-7s %-15s %-40s %5s°%n", s.number(), s.reason().label(),
                    f.format(s.position()), s.facing().degreesText(1));
        }
        out.println("Materials:");
        for (MaterialLine m : plan.materials()) {
            out.printf(Locale.ROOT, "  %8s %-4s %s (%s)%n", MarkingPlanPdf.quantity(m.quantity()), m.unit(),
                    m.item(), m.basis());
        }
        out.printf(Locale.ROOT, "Labour: %.1f person-hours%n", plan.labourPersonHours());
        out.println("Assumptions:");
        plan.assumptions().forEach(s -> out.println("  - " + s));
    }
}
