package org.mineledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.HazardLayer;
import org.mineledger.map.Viewport;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
import org.mineledger.ui.map.MapView;

/**
 * Frame times of the real map view on a real JavaFX canvas: the app's {@link MapView} in a 1280×800 window,
 * panned a little every frame at four zoom levels over a large workspace. A frame is the redraw on the FX
 * application thread (drawing commands into the canvas) plus a {@code snapshot} of the view, which makes
 * JavaFX rasterise those commands (prism software pipeline, as on a machine without a GPU). Prints p50/p95
 * of wall time and of CPU time (FX and render threads), the fair figure on a shared, busy machine.
 * Run by {@code bench/fx-frame-bench.sh} with the headless Monocle properties of the test suite; not a test.
 */
public final class FxFrameBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** Display metres per pixel: whole region, country, district, village. */
    private static final double[] RESOLUTIONS = {2000, 200, 20, 2};

    private FxFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        double[] resolutions = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray() : RESOLUTIONS;
        List<HazardArea> areas;
        try (Workspace ws = Workspace.open(file)) {
            areas = ws.hazards();
        }
        HazardLayer layer = new HazardLayer(areas);
        BaseMapReader reader = new BaseMapReader();
        List<BaseMap> baseMaps = reader.ids().stream().map(reader::load).toList();
        Platform.startup(() -> { });
        try {
            run(file, frames, resolutions, areas.size(), layer, baseMaps);
        } finally {
            Platform.exit();
        }
    }

    private static void run(Path file, int frames, double[] resolutions, int count, HazardLayer layer,
            List<BaseMap> baseMaps) throws Exception {
        MapView view = onFx(() -> {
            MapView v = new MapView();
            Stage stage = new Stage();
            stage.setScene(new Scene(v, WIDTH, HEIGHT));
            stage.show();
            v.baseMapsProperty().set(baseMaps);
            v.hazardsProperty().set(layer);
            return v;
        });
        System.out.printf(Locale.ROOT, "%s: %d hazard areas; JavaFX canvas %dx%d, prism.order=%s; %d frames per zoom%n",
                file, count, WIDTH, HEIGHT, System.getProperty("prism.order", "default"), frames);
        System.out.println("| zoom (m/px) | redraw p50 / p95 (ms) | redraw + rasterise p50 / p95 (ms) "
                + "| CPU, FX + render thread, p50 / p95 (ms) | snapshot readback alone, p50 (ms) |");
        System.out.println("|---|---|---|---|---|");
        for (double res : resolutions) {
            double[][] t = measure(view, res, frames);
            System.out.printf(Locale.ROOT, "| %.0f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f |%n", res,
                    pct(t[0], 50), pct(t[0], 95), pct(t[1], 50), pct(t[1], 95), pct(t[3], 50), pct(t[3], 95),
                    pct(t[2], 50));
        }
    }

    /**
     * Per frame, each sorted: redraw ms; redraw + snapshot ms; a second snapshot of the unchanged view (what
     * reading the image back costs, not drawing); CPU ms of the FX and render threads for redraw + snapshot.
     */
    private static double[][] measure(MapView view, double res, int frames) throws Exception {
        int warmUp = 10;
        double[][] out = new double[4][frames];
        long renderer = rendererThreadId();
        for (int i = -warmUp; i < frames; i++) {
            // Centred in Lithuania, where the generated areas are dense; pans in a circle of 40 px.
            double angle = i * 0.3;
            Viewport v = new Viewport(Viewport.mercX(24.0) + 40 * res * Math.cos(angle),
                    Viewport.mercY(55.0) + 40 * res * Math.sin(angle), res, WIDTH, HEIGHT);
            double[] ms = onFx(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(renderer);
                long t0 = System.nanoTime();
                view.viewportProperty().set(v);
                long t1 = System.nanoTime();
                WritableImage image = view.snapshot(null, null);
                long t2 = System.nanoTime();
                long cpu1 = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(renderer);
                view.snapshot(null, image);
                long t3 = System.nanoTime();
                return new double[] {(t1 - t0) / 1e6, (t2 - t0) / 1e6, (t3 - t2) / 1e6, (cpu1 - cpu0) / 1e6};
            });
            if (i >= 0) {
                for (int k = 0; k < 4; k++) {
                    out[k][i] = ms[k];
                }
            }
        }
        for (double[] column : out) {
            Arrays.sort(column);
        }
        return out;
    }

    /** The id of JavaFX's render thread, which rasterises canvases (started by then). */
    private static long rendererThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no JavaFX render thread")).getId();
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(5, TimeUnit.MINUTES);
    }
}
