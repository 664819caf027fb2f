package org.mineledger.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.HazardLayer;
import org.mineledger.map.Viewport;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
import org.mineledger.ui.map.MapView;

/**
 * Frame times of the real map view as it reaches the screen: the app's {@link MapView} in a 1280×800 window,
 * panned a little every frame at four zoom levels over a large workspace. A frame is
 * <ol>
 * <li>the redraw on the FX application thread (the drawing commands put into the canvas), wall and CPU time;</li>
 * <li>the render pulse that paints them: JavaFX's render thread ({@code QuantumRenderer}) rasterises the canvas
 * commands and the scene into the window (prism software pipeline here, as on a machine without a GPU). Its
 * CPU time is taken from the moment the viewport is set until the render thread is idle again after the
 * pulse;</li>
 * <li>their sum: the latency of a frame on one core, the figure compared with 16.7 ms.</li>
 * </ol>
 * With {@code -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0} the "Painting" figure JavaFX's pulse
 * logger prints for each pulse (whole milliseconds) is collected as a cross-check. Not a snapshot: a
 * {@code Node.snapshot} allocates a new render target, renders the scene again and reads every pixel back, which
 * the screen never does. Run by {@code bench/fx-frame-bench.sh} (headless Monocle as in the test suite); not a
 * test. With a fifth argument, writes what the window shows at the first zoom as a PNG (for comparing looks).
 */
public final class FxFrameBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** Display metres per pixel: whole region, country, district, village. */
    private static final double[] RESOLUTIONS = {2000, 200, 20, 2};
    private static final Pattern PAINTING = Pattern.compile("\\+(\\d+)ms\\): Painting");
    /** "Painting" figures of the pulse logger, in the order the pulses ended. */
    private static final List<Double> PAINTED = new ArrayList<>();

    private FxFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        double[] resolutions = args.length > 2 && !args[2].isBlank()
                ? Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray() : RESOLUTIONS;
        Path png = args.length > 3 ? Path.of(args[3]) : null;
        List<HazardArea> areas;
        try (Workspace ws = Workspace.open(file)) {
            areas = ws.hazards();
        }
        HazardLayer layer = new HazardLayer(areas);
        BaseMapReader reader = new BaseMapReader();
        List<BaseMap> baseMaps = reader.ids().stream().map(reader::load).toList();
        boolean pulseLog = Boolean.getBoolean("javafx.pulseLogger");
        if (pulseLog) {
            captureErr();
        }
        Platform.startup(() -> { });
        try {
            run(file, frames, resolutions, areas.size(), layer, baseMaps, pulseLog, png);
        } finally {
            Platform.exit();
        }
    }

    private static void run(Path file, int frames, double[] resolutions, int count, HazardLayer layer,
            List<BaseMap> baseMaps, boolean pulseLog, Path png) throws Exception {
        MapView view = onFx(() -> {
            MapView v = new MapView();
            Stage stage = new Stage();
            stage.setScene(new Scene(v, WIDTH, HEIGHT));
            stage.show();
            // -Dbench.without=basemap,hazards,legend leaves layers out, to see what each costs
            List<String> without = Arrays.asList(System.getProperty("bench.without", "").split(","));
            v.baseMapVisibleProperty().set(!without.contains("basemap"));
            v.legendVisibleProperty().set(!without.contains("legend"));
            v.baseMapsProperty().set(baseMaps);
            v.hazardsProperty().set(without.contains("hazards") ? new HazardLayer(List.of()) : layer);
            return v;
        });
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "%s: %d hazard areas; JavaFX window %dx%d, prism.order=%s; %d frames per zoom%n",
                file, count, WIDTH, HEIGHT, System.getProperty("prism.order", "default"), frames);
        System.out.println("| zoom (m/px) | redraw, FX thread, wall p50 / p95 (ms) | redraw CPU p50 / p95 (ms) "
                + "| paint, render thread CPU p50 / p95 (ms) | frame = redraw + paint CPU p50 / p95 (ms)"
                + (pulseLog ? " | pulse logger Painting p50 / p95 (ms)" : "") + " |");
        System.out.println("|---|---|---|---|---|" + (pulseLog ? "---|" : ""));
        for (double res : resolutions) {
            double[][] t = measure(view, res, frames);
            String logged = "";
            if (pulseLog) {
                double[] p;
                synchronized (PAINTED) {
                    p = PAINTED.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                }
                logged = String.format(Locale.ROOT, " | %.0f / %.0f", pct(p, 50), pct(p, 95));
            }
            System.out.printf(Locale.ROOT, "| %.0f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f%s |%n",
                    res, pct(t[0], 50), pct(t[0], 95), pct(t[1], 50), pct(t[1], 95), pct(t[2], 50), pct(t[2], 95),
                    pct(t[3], 50), pct(t[3], 95), logged);
            if (png != null && res == resolutions[0]) {
                Viewport centred = new Viewport(Viewport.mercX(24.0), Viewport.mercY(55.0), res, WIDTH, HEIGHT);
                var image = onFx(() -> {
                    view.viewportProperty().set(centred);
                    return view.snapshot(null, null);
                });
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
            }
        }
    }

    /** Per frame, each sorted: redraw wall ms; redraw CPU ms; render-thread CPU ms of the pulse; their sum. */
    private static double[][] measure(MapView view, double res, int frames) throws Exception {
        int warmUp = 10;
        double[][] out = new double[4][frames];
        long renderer = rendererThreadId();
        for (int i = -warmUp; i < frames; i++) {
            if (i == 0) {
                synchronized (PAINTED) {
                    PAINTED.clear();
                }
            }
            // Centred in Lithuania, where the generated areas are dense; pans in a circle of 40 px.
            double angle = i * 0.3;
            Viewport v = new Viewport(Viewport.mercX(24.0) + 40 * res * Math.cos(angle),
                    Viewport.mercY(55.0) + 40 * res * Math.sin(angle), res, WIDTH, HEIGHT);
            long paint0 = THREADS.getThreadCpuTime(renderer);
            double[] redraw = onFx(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                view.viewportProperty().set(v);
                return new double[] {(System.nanoTime() - t0) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6};
            });
            double paint = (awaitPainted(renderer, paint0) - paint0) / 1e6;
            if (i >= 0) {
                out[0][i] = redraw[0];
                out[1][i] = redraw[1];
                out[2][i] = paint;
                out[3][i] = redraw[1] + paint;
            }
        }
        for (double[] column : out) {
            Arrays.sort(column);
        }
        return out;
    }

    /**
     * Waits until the pulse that follows the redraw has been painted: a task queued on the FX thread runs after
     * the pulse handed its render job over, then the render thread must have worked and be waiting again, its
     * CPU time unchanged over a few milliseconds. Returns the render thread's CPU time then.
     */
    private static long awaitPainted(long renderer, long before) throws Exception {
        Thread.sleep(20); // more than one pulse period (16.7 ms): the pulse has started
        onFx(() -> null); // and ended: it runs as one event on the FX thread
        long last = THREADS.getThreadCpuTime(renderer);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Thread.sleep(3);
            long now = THREADS.getThreadCpuTime(renderer);
            Thread.State state = THREADS.getThreadInfo(renderer).getThreadState();
            if (now > before && now == last && state != Thread.State.RUNNABLE) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the render thread did not finish painting within 10 s");
    }

    /** Keeps the pulse logger's "Painting" figures and passes everything else on to the real System.err. */
    private static void captureErr() {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public synchronized void write(int b) {
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                Matcher m = PAINTING.matcher(line);
                if (m.find()) {
                    synchronized (PAINTED) {
                        PAINTED.add(Double.parseDouble(m.group(1)));
                    }
                } else if (!line.toString().startsWith("T") && !line.toString().startsWith("PULSE")
                        && !line.toString().startsWith("[") && !line.toString().isBlank()
                        && !line.toString().startsWith("Counters") && !line.toString().startsWith("\t")) {
                    err.println(line);
                }
                line.setLength(0);
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** The id of JavaFX's render thread, which rasterises canvases (started by then). */
    private static long rendererThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no JavaFX render thread")).getId();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
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
