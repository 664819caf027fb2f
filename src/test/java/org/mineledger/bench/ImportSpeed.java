package org.mineledger.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.ImportSession;
import org.mineledger.store.Workspace;

/**
 * How long an import takes inside a running MineLedger (as File › Import… does it, the JVM already started):
 * read and check the file (preview), then store every area (commit), each time into a new workspace. Prints
 * the median and the fastest of several runs, wall and process CPU. Run by {@code bench/import-vs-ogr2ogr.sh}:
 * {@code java -cp ... org.mineledger.bench.ImportSpeed SOURCE WORK_FOLDER [RUNS]}; not a test.
 */
public final class ImportSpeed {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ImportSpeed() {
    }

    /** Lets the disk finish writing what the run before wrote (as the bench script does before each tool's run). */
    private static void sync() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command (Windows): runs then follow each other as they are
        }
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double[][] t = new double[4][runs];
        for (int i = 0; i < runs; i++) {
            Path file = folder.resolve("in-process-" + i + ".gpkg");
            Files.deleteIfExists(file);
            sync();
            long cpu0 = OS.getProcessCpuTime();
            long wall0 = System.nanoTime();
            int stored;
            long wall1;
            try (Workspace ws = Workspace.create(file)) {
                ImportSession session = new ImportSession(ws, source);
                ImportPreview preview = session.preview(ImportOptions.defaults());
                wall1 = System.nanoTime();
                stored = session.commit(preview, false, done -> { }).size();
            }
            long wall2 = System.nanoTime();
            t[0][i] = (wall2 - wall0) / 1e9;
            t[1][i] = (OS.getProcessCpuTime() - cpu0) / 1e9;
            t[2][i] = (wall1 - wall0) / 1e9;
            t[3][i] = (wall2 - wall1) / 1e9;
            System.out.printf(Locale.ROOT, "in-process run %d: %d areas, %.2f s wall (preview %.2f s, store %.2f s), "
                    + "%.2f s CPU%n", i + 1, stored, t[0][i], t[2][i], t[3][i], t[1][i]);
            Files.deleteIfExists(file);
        }
        for (double[] column : t) {
            Arrays.sort(column);
        }
        System.out.printf(Locale.ROOT, "mineledger in-process: %.2f s wall, %.2f s CPU (median of %d; fastest %.2f s "
                + "wall)%n", t[0][runs / 2], t[1][runs / 2], runs, t[0][0]);
    }
}
