package org.mineledger.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.ImportSession;
import org.mineledger.store.SqliteLibrary;
import org.mineledger.store.Workspace;

/**
 * How long an import takes inside a running MineLedger (as File › Import… does it, the JVM already started):
 * read and check the file (preview), then store every area (commit) and close the workspace, each time into a
 * new workspace. With {@code --ogr2ogr}, each run is paired with a run of {@code ogr2ogr} copying the same file
 * just before it, and the ratio of each pair is printed: on a shared machine whose speed drifts from minute to
 * minute, two tools timed side by side compare more fairly than two series timed minutes apart. The first
 * {@code --warmup N} runs (default 0) are printed but not counted: the first import of a session also compiles
 * the import code, and is reported on its own. Prints the medians, wall and process CPU. Run by
 * {@code bench/import-vs-ogr2ogr.sh}:
 * {@code java -cp ... org.mineledger.bench.ImportSpeed SOURCE WORK_FOLDER [RUNS] [--ogr2ogr] [--warmup N]};
 * not a test.
 */
public final class ImportSpeed {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ImportSpeed() {
    }

    /** Lets the disk finish writing what the run before wrote, so that no run pays for the one before. */
    private static void sync() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command (Windows): runs then follow each other as they are
        }
    }

    /**
     * Minor page faults of this process so far (Linux), -1 elsewhere: each is a page of memory the kernel hands
     * over and zeroes when the JVM first touches it, which on a virtual machine costs several microseconds.
     */
    private static long minorFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name (which may hold spaces) start with the state, field 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[7]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Seconds {@code ogr2ogr} takes to copy {@code source} into a new GeoPackage {@code copy}, start included. */
    private static double ogr2ogr(Path source, Path copy) throws Exception {
        Files.deleteIfExists(copy);
        sync();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", copy.toString(), source.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ogr2ogr failed with exit code " + p.exitValue());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(copy);
        return seconds;
    }

    public static void main(String[] args) throws Exception {
        // as MineLedger starts (Main): SQLite's native library from the copy kept in the data folder
        SqliteLibrary.useKeptCopy();
        Path source = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int runs = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 5;
        List<String> flags = Arrays.asList(args);
        boolean paired = flags.contains("--ogr2ogr");
        int warmup = flags.contains("--warmup") ? Integer.parseInt(flags.get(flags.indexOf("--warmup") + 1)) : 0;
        // wall, CPU, then with --ogr2ogr: ogr2ogr's wall and the ratio of the pair; warm-up runs first
        double[][] t = new double[4][warmup + runs];
        for (int i = 0; i < warmup + runs; i++) {
            if (paired) {
                t[2][i] = ogr2ogr(source, folder.resolve("ogr2ogr-copy.gpkg"));
            }
            Path file = folder.resolve("in-process-" + i + ".gpkg");
            Files.deleteIfExists(file);
            sync();
            long faults0 = minorFaults();
            long cpu0 = OS.getProcessCpuTime();
            long wall0 = System.nanoTime();
            int stored;
            long previewed;
            long committed;
            try (Workspace ws = Workspace.create(file)) {
                ImportSession session = new ImportSession(ws, source);
                ImportPreview preview = session.preview(ImportOptions.defaults());
                previewed = System.nanoTime();
                stored = session.commit(preview, false, done -> { }).size();
                committed = System.nanoTime();
            }
            long closed = System.nanoTime();
            t[0][i] = (closed - wall0) / 1e9;
            t[1][i] = (OS.getProcessCpuTime() - cpu0) / 1e9;
            t[3][i] = paired ? t[0][i] / t[2][i] : 0;
            long faults = minorFaults() - faults0;
            System.out.printf(Locale.ROOT, "in-process %s %d: %d areas, %.2f s wall (preview %.2f s, store %.2f s, "
                    + "closing %.2f s), %.2f s CPU%s%s%n", i < warmup ? "warm-up run" : "run",
                    i < warmup ? i + 1 : i + 1 - warmup, stored, t[0][i], (previewed - wall0) / 1e9,
                    (committed - previewed) / 1e9, (closed - committed) / 1e9, t[1][i],
                    faults < 0 ? "" : ", " + faults + " memory pages touched for the first time",
                    paired ? String.format(Locale.ROOT, "; ogr2ogr just before: %.2f s, ratio %.2f", t[2][i], t[3][i])
                            : "");
            Files.deleteIfExists(file);
        }
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "first import of the session (compiling the import code as it goes): %.2f s "
                    + "wall%s%n", t[0][0], paired ? String.format(Locale.ROOT, ", %.2fx ogr2ogr", t[3][0]) : "");
        }
        for (int k = 0; k < t.length; k++) {
            t[k] = Arrays.copyOfRange(t[k], warmup, warmup + runs);
            Arrays.sort(t[k]);
        }
        int m = runs / 2;
        System.out.printf(Locale.ROOT, "mineledger in-process: %.2f s wall, %.2f s CPU (median of %d; fastest %.2f s "
                + "wall)%n", t[0][m], t[1][m], runs, t[0][0]);
        if (paired) {
            System.out.printf(Locale.ROOT, "ogr2ogr, each run just before one of those: %.2f s wall (median of %d)%n",
                    t[2][m], runs);
            System.out.printf(Locale.ROOT, "ratio in-process, median of the %d pairs: %.2fx (pairs from %.2fx to "
                    + "%.2fx)%n", runs, t[3][m], t[3][0], t[3][runs - 1]);
        }
    }
}
