package org.mineledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.PriorityFeatures;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.AssetCatalogue;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PriorityScore;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.plan.clearance.Team;
import org.mineledger.report.PlanPack;
import org.mineledger.report.WorkLayout;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.UnreleasedLand;
import org.mineledger.store.Workspace;

/**
 * Prints how long planning 1,000 hazard areas, printing a 100-sheet pack and reading the unreleased land of
 * 1,000 stored hazard areas take (issue 6 targets: 2 s and
 * 20 s on the 2-core machine). TRAINING — FICTIONAL DATA: the hazards are generated squares on the training map.
 * Run after {@code ./mvnw -o test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.mineledger.bench.PlannerSpeed}
 */
public final class PlannerSpeed {
    private static final GeometryFactory GF = new GeometryFactory();

    private PlannerSpeed() {
    }

    public static void main(String[] args) throws Exception {
        BaseMapReader reader = new BaseMapReader();
        List<BaseMap> maps = List.of(reader.load("world"), reader.load("training"));
        List<HazardArea> hazards = hazards(1_000);
        LocalDate start = LocalDate.parse("2026-04-06");
        Scheduler scheduler = new Scheduler(WorkCalendar.standard(Country.EE, 58.0), 1);
        List<Team> teams = Team.parse("manual=20,mdd=5", AssetCatalogue.defaults(), start);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] planMs = new double[7];
        double[] planCpuMs = new double[planMs.length];
        Plan plan = null;
        for (int run = 0; run < planMs.length; run++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            var ranked = new PriorityScore(PriorityWeights.defaults(), PriorityFeatures.from(maps))
                    .rank(TaskList.priorityInputs(hazards));
            plan = scheduler.schedule("bench", start, TaskList.fromHazards(hazards, ranked,
                    TaskList.Defaults.standard()), teams);
            planMs[run] = (System.nanoTime() - t0) / 1e6;
            planCpuMs[run] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Plan 1,000 hazard areas, %d tasks (rank + schedule, 25 teams): median %.0f ms"
                + " wall, %.0f ms CPU (runs: %s)%n", plan.assignments().size() + plan.unscheduled().size(),
                median(planMs), median(planCpuMs), Arrays.toString(round(planMs)));
        // the CPU time of this thread is what a quiet machine's wall time would be; a busy one adds waiting
        Plan hundred = new Plan("bench", start, plan.teams(), plan.assignments().subList(0, 100), List.of());
        Path out = Files.createTempFile("mineledger-bench", ".pdf");
        double[] packMs = new double[2];
        double[] packCpuMs = new double[packMs.length];
        for (int run = 0; run < packMs.length; run++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            new PlanPack(maps, hazards, CoordinateSystem.UTM, "UNCLASSIFIED", "TRAINING — FICTIONAL DATA",
                    WorkLayout.boxes(10)).write(hundred, out, (d, t, w) -> { }, () -> false);
            packMs[run] = (System.nanoTime() - t0) / 1e6;
            packCpuMs[run] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Print a 100-sheet pack (10 m boxes): %s ms wall, %s ms CPU per run, %,d bytes%n",
                Arrays.toString(round(packMs)), Arrays.toString(round(packCpuMs)), Files.size(out));
        Files.deleteIfExists(out);
        unreleasedLand(hazards);
    }

    /** Reading the unreleased land of 1,000 stored hazard areas, every second one with a land release. */
    private static void unreleasedLand(List<HazardArea> hazards) throws Exception {
        Path dir = Files.createTempDirectory("mineledger-bench");
        Path file = dir.resolve("unreleased.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            List<HazardArea> stored = ws.addAll(hazards);
            SurveyStore store = new SurveyStore(ws);
            for (int i = 0; i < stored.size(); i += 2) {
                Polygon p = stored.get(i).polygon();
                Envelope e = p.getEnvelopeInternal();
                Polygon west = (Polygon) GF.toGeometry(new Envelope(e.getMinX(), e.centre().x, e.getMinY(),
                        e.getMaxY()));
                west.setSRID(p.getSRID());
                store.addRelease(stored.get(i).id(), new LandReleaseEvent(ReleaseKind.REDUCED, west, "bench",
                        LocalDate.parse("2026-04-10")));
            }
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] ms = new double[15];
            double[] cpuMs = new double[ms.length];
            int planned = 0;
            for (int run = 0; run < ms.length; run++) {
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                planned = UnreleasedLand.of(ws).toPlan().size();
                ms[run] = (System.nanoTime() - t0) / 1e6;
                cpuMs[run] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            System.out.printf(Locale.ROOT, "Read the unreleased land of %,d hazard areas (%,d with a release): median"
                    + " %.0f ms wall, %.0f ms CPU (runs: %s)%n", planned, (stored.size() + 1) / 2, median(ms),
                    median(cpuMs), Arrays.toString(round(ms)));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Squares of 40 to 120 m on a 40 × 25 lattice over the training area. */
    static List<HazardArea> hazards(int n) {
        List<HazardArea> out = new ArrayList<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            double lon = 27.03 + (i % 40) * 0.006;
            double lat = 57.955 + (i / 40) * 0.0033;
            double side = (40 + (i * 37) % 80) / 111_320.0;
            double dLon = side / Math.cos(Math.toRadians(lat));
            var p = GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + dLon, lat),
                new Coordinate(lon + dLon, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
            out.add(HazardArea.draft(HazardReference.numbered(i + 1), "Bench " + (i + 1),
                    i % 3 == 0 ? HazardKind.SUSPECTED : HazardKind.CONFIRMED, HazardStatus.ACTIVE, p, "", now));
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }
}
