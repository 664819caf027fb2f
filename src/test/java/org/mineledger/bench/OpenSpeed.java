package org.mineledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mineledger.map.HazardLayer;
import org.mineledger.model.BoundaryRules;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * Prints how long opening a large workspace takes, as File › Open does it: read every area from the file
 * (trusted: the app validated each polygon before writing it) and build the map layer with its spatial index.
 * Wall and CPU time of the opening thread, median of several runs after warm-up; also what a full validity
 * check of every polygon would add (what {@code mineledger check} does). Run by {@code bench/map-bench.sh}:
 * {@code java -cp ... org.mineledger.bench.OpenSpeed WORKSPACE [RUNS]}.
 */
public final class OpenSpeed {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OpenSpeed() {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Wall, thread CPU and process CPU (all threads: garbage collection and compiler too) milliseconds. */
    private record Timing(double wallMs, double cpuMs, double processCpuMs) {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<HazardArea> areas = read(file);
        int vertices = areas.stream().mapToInt(a -> a.polygon().getNumPoints()).sum();
        System.out.printf(Locale.ROOT, "Workspace %s: %d hazard areas, %d vertices%n", file, areas.size(), vertices);
        report("open: read all areas", runs, () -> read(file));
        report("open: build map layer (index, size order)", runs, () -> new HazardLayer(areas));
        report("open: read + map layer (File › Open)", runs, () -> new HazardLayer(read(file)));
        report("full validity of every polygon (check only)", Math.min(runs, 3), () -> {
            areas.forEach(a -> BoundaryRules.check(a.polygon()));
            return areas;
        });
    }

    private static List<HazardArea> read(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            return ws.hazards();
        }
    }

    private static void report(String what, int runs, Supplier<?> work) {
        work.get(); // warm-up
        Timing[] t = new Timing[runs];
        for (int i = 0; i < runs; i++) {
            long process0 = OS.getProcessCpuTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            Object result = work.get();
            t[i] = new Timing((System.nanoTime() - wall0) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6,
                    (OS.getProcessCpuTime() - process0) / 1e6);
            if (result == null) {
                throw new IllegalStateException(what + " returned nothing");
            }
        }
        double[] wall = Arrays.stream(t).mapToDouble(Timing::wallMs).sorted().toArray();
        double[] cpu = Arrays.stream(t).mapToDouble(Timing::cpuMs).sorted().toArray();
        double[] process = Arrays.stream(t).mapToDouble(Timing::processCpuMs).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-46s median %6.0f ms wall, %6.0f ms CPU (thread), %6.0f ms CPU (process); "
                + "min %.0f ms wall; %d runs%n", what, wall[runs / 2], cpu[runs / 2], process[runs / 2], wall[0], runs);
    }
}
