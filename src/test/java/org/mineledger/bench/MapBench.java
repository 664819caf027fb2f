package org.mineledger.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.BaseMapPainter;
import org.mineledger.map.HazardLayer;
import org.mineledger.map.HazardPainter;
import org.mineledger.map.MapDecorations;
import org.mineledger.map.Viewport;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Map and workspace speed on a large workspace (made by {@code mineledger generate --hazards 50000}), whose
 * path is the system property {@code mineledger.bench.workspace}. Run through {@code bench/map-bench.sh}.
 *
 * <p>A frame is what the map view does on every pan or zoom: base map, hazard layer (spatial index, level of
 * detail) and decorations, here rasterised by Java2D into a 1280×800 image (JavaFX rasterises on its own
 * render thread, so this is an upper bound of the work on the UI thread).
 */
public class MapBench {
    static Path workspaceFile() {
        String p = System.getProperty("mineledger.bench.workspace");
        if (p == null || !Files.exists(Path.of(p))) {
            throw new IllegalStateException("Set -Dmineledger.bench.workspace to a workspace made with "
                    + "'mineledger generate --hazards 50000 FILE' (bench/map-bench.sh does it).");
        }
        return Path.of(p);
    }

    /** The open workspace's areas, indexed once, and the base maps. */
    @State(Scope.Benchmark)
    public static class Loaded {
        List<HazardArea> areas;
        HazardLayer layer;
        List<BaseMap> baseMaps;

        @Setup(Level.Trial)
        public void load() {
            try (Workspace ws = Workspace.open(workspaceFile())) {
                areas = ws.hazards();
            }
            layer = new HazardLayer(areas);
            BaseMapReader reader = new BaseMapReader();
            baseMaps = reader.ids().stream().map(reader::load).toList();
        }
    }

    /** One frame buffer and painters, per zoom level. */
    @State(Scope.Thread)
    public static class Frame {
        /** Display metres per pixel: whole region, country, district, village. */
        @Param({"2000", "200", "20", "2"})
        public double resolution;
        final BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g;
        Java2dSurface surface;
        Viewport view;
        final BaseMapPainter base = new BaseMapPainter();
        final HazardPainter hazards = new HazardPainter();

        @Setup(Level.Trial)
        public void prepare() {
            g = image.createGraphics();
            surface = new Java2dSurface(g);
            // Centred in Lithuania, where the generated areas are dense.
            view = new Viewport(Viewport.mercX(24.0), Viewport.mercY(55.0), resolution, 1280, 800);
        }

        @TearDown(Level.Trial)
        public void dispose() {
            g.dispose();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int frame(Loaded loaded, Frame f) {
        f.g.setColor(java.awt.Color.WHITE);
        f.g.fillRect(0, 0, 1280, 800);
        f.base.paint(f.surface, f.view, loaded.baseMaps);
        int drawn = f.hazards.paint(f.surface, f.view, loaded.layer, 0, HazardPainter.Options.ALL);
        MapDecorations.paint(f.surface, f.view);
        return drawn;
    }

    /**
     * The same frame with the drawing commands only counted, not rasterised: the work on the JavaFX application
     * thread, where a canvas records commands and rasterises them later on its render thread.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long frameCommands(Loaded loaded, Frame f) {
        CountingSurface counting = new CountingSurface();
        f.base.paint(counting, f.view, loaded.baseMaps);
        f.hazards.paint(counting, f.view, loaded.layer, 0, HazardPainter.Options.ALL);
        MapDecorations.paint(counting, f.view);
        return counting.points;
    }

    /** Counts the points of every drawing command. */
    static final class CountingSurface implements org.mineledger.map.Surface {
        long points;

        @Override
        public void polygon(double[][] xs, double[][] ys, int[] counts, org.mineledger.map.RgbaColor fill,
                Stroke stroke) {
            for (int c : counts) {
                points += c;
            }
        }

        @Override
        public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
            points += count;
        }

        @Override
        public void dot(double x, double y, double r, org.mineledger.map.RgbaColor fill, Stroke stroke) {
            points++;
        }

        @Override
        public void text(String text, double x, double y, double size, org.mineledger.map.RgbaColor color,
                boolean bold, boolean halo) {
            points += text.length();
        }
    }

    /** Opening: read every area from the file and build the map's spatial index, as File › Open does. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public HazardLayer open() {
        try (Workspace ws = Workspace.open(workspaceFile())) {
            return new HazardLayer(ws.hazards());
        }
    }

    /** Geodesic area and perimeter of every area; vertices per second = 50,000 × mean vertices / time. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void geodesicAreaOfAll(Loaded loaded, Blackhole bh) {
        for (HazardArea a : loaded.areas) {
            GeodesicArea g = new GeodesicArea(a.polygon());
            bh.consume(g.area());
            bh.consume(g.perimeter());
        }
    }
}
