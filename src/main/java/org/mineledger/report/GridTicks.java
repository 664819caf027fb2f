package org.mineledger.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeographicSystem;
import org.mineledger.geo.Mgrs;
import org.mineledger.geo.MgrsSystem;
import org.mineledger.geo.NationalGridSystem;
import org.mineledger.geo.UtmSystem;

/**
 * Where the round values of a coordinate system cross the edges of a map extract: eastings (or longitudes) on
 * the top and bottom edges, northings (or latitudes) on the left and right. Found by walking each edge through
 * the system's own projection, so national grids and lat/lon, whose lines are not parallel to the UTM frame,
 * are ticked where they truly cross it.
 */
final class GridTicks {
    private static final double[] METRE_STEPS = {10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000};
    private static final double[] SECOND_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1_800, 3_600};
    private static final int MAX_LINES = 6;
    private static final int SAMPLES = 240;

    enum Edge { BOTTOM, TOP, LEFT, RIGHT }

    /**
     * One crossing.
     *
     * @param position page x (top/bottom edges) or page y (left/right edges) in points
     * @param value    the coordinate value crossed (metres, or degrees for lat/lon)
     */
    record Tick(Edge edge, double position, double value, String label) {
    }

    private final List<Tick> ticks;
    private final String title;
    private final double step;

    private GridTicks(List<Tick> ticks, String title, double step) {
        this.ticks = List.copyOf(ticks);
        this.title = title;
        this.step = step;
    }

    List<Tick> ticks() {
        return ticks;
    }

    /** What the tick labels are, e.g. {@code UTM 35N (WGS84), metres, lines every 100 m}. */
    String title() {
        return title;
    }

    double step() {
        return step;
    }

    static GridTicks of(ExtractPlacement at, CoordinateSystem system) {
        Function<GeoPoint, double[]> coords;
        Function<Double, String>[] labels = labellers(system, at);
        String name;
        boolean degrees = false;
        if (system instanceof UtmSystem) {
            coords = at::grid;
            name = "UTM " + at.zone() + (at.centre().lat() >= 0 ? "N" : "S") + " (WGS84), metres";
        } else if (system instanceof MgrsSystem) {
            coords = at::grid;
            name = "MGRS " + Mgrs.format(at.centre(), 0) + " (at centre), metres in the 100 km square";
        } else if (system instanceof NationalGridSystem n) {
            coords = n.grid()::project;
            name = n.grid().id() + " " + n.grid().label() + ", metres";
        } else if (system instanceof GeographicSystem) {
            coords = p -> new double[] {p.lon(), p.lat()};
            name = "WGS84 latitude/longitude";
            degrees = true;
        } else {
            throw new IllegalArgumentException("No grid ticks for coordinate system " + system.id());
        }
        double extent = degrees
                ? Math.abs(at.atPage(at.left() + at.width(), at.bottom()).lon() - at.atPage(at.left(), at.bottom()).lon())
                : at.groundWidthM();
        double step = chooseStep(Math.max(extent, degrees ? 0 : at.groundHeightM()), degrees);
        List<Tick> ticks = new ArrayList<>();
        walk(at, coords, Edge.BOTTOM, 0, step, labels[0], ticks);
        walk(at, coords, Edge.TOP, 0, step, labels[0], ticks);
        walk(at, coords, Edge.LEFT, 1, step, labels[1], ticks);
        walk(at, coords, Edge.RIGHT, 1, step, labels[1], ticks);
        String every = degrees ? formatSeconds(step * 3600) : String.format(Locale.ROOT, "%,.0f m", step);
        return new GridTicks(ticks, name + ", lines every " + every, step);
    }

    private static double chooseStep(double extent, boolean degrees) {
        double[] steps = degrees ? SECOND_STEPS : METRE_STEPS;
        for (double s : steps) {
            double v = degrees ? s / 3600 : s;
            if (extent / v <= MAX_LINES) {
                return v;
            }
        }
        return degrees ? steps[steps.length - 1] / 3600 : steps[steps.length - 1];
    }

    private static void walk(ExtractPlacement at, Function<GeoPoint, double[]> coords, Edge edge, int axis,
            double step, Function<Double, String> label, List<Tick> out) {
        boolean horizontal = edge == Edge.BOTTOM || edge == Edge.TOP;
        double fixed = switch (edge) {
            case BOTTOM -> at.bottom();
            case TOP -> at.bottom() + at.height();
            case LEFT -> at.left();
            case RIGHT -> at.left() + at.width();
        };
        double start = horizontal ? at.left() : at.bottom();
        double length = horizontal ? at.width() : at.height();
        double prevPos = start;
        double prevVal = value(at, coords, horizontal, fixed, start, axis);
        for (int i = 1; i <= SAMPLES; i++) {
            double pos = start + length * i / SAMPLES;
            double val = value(at, coords, horizontal, fixed, pos, axis);
            double lo = Math.min(prevVal, val);
            double hi = Math.max(prevVal, val);
            for (double k = Math.ceil(lo / step); k * step <= hi; k++) {
                double v = k * step;
                if (v == prevVal && i > 1) {
                    continue; // counted on the previous segment
                }
                double t = hi == lo ? 0 : (v - prevVal) / (val - prevVal);
                out.add(new Tick(edge, prevPos + t * (pos - prevPos), v, label.apply(v)));
            }
            prevPos = pos;
            prevVal = val;
        }
    }

    private static double value(ExtractPlacement at, Function<GeoPoint, double[]> coords, boolean horizontal,
            double fixed, double pos, int axis) {
        GeoPoint p = horizontal ? at.atPage(pos, fixed) : at.atPage(fixed, pos);
        return coords.apply(p)[axis];
    }

    @SuppressWarnings("unchecked")
    private static Function<Double, String>[] labellers(CoordinateSystem system, ExtractPlacement at) {
        if (system instanceof MgrsSystem) {
            Function<Double, String> inSquare = v -> String.format(Locale.ROOT, "%05d",
                    Math.floorMod(Math.round(v), 100_000L));
            return new Function[] {inSquare, inSquare};
        }
        if (system instanceof GeographicSystem) {
            return new Function[] {(Function<Double, String>) v -> dms(v, 'E', 'W'),
                (Function<Double, String>) v -> dms(v, 'N', 'S')};
        }
        Function<Double, String> metres = v -> String.format(Locale.ROOT, "%d", Math.round(v));
        return new Function[] {metres, metres};
    }

    private static String dms(double degrees, char pos, char neg) {
        long seconds = Math.round(Math.abs(degrees) * 3600);
        return String.format(Locale.ROOT, "%d\u00B0%02d'%02d\"%c", seconds / 3600, seconds / 60 % 60, seconds % 60,
                degrees < 0 ? neg : pos);
    }

    private static String formatSeconds(double seconds) {
        return seconds >= 60 ? String.format(Locale.ROOT, "%.0f'", seconds / 60)
                : String.format(Locale.ROOT, "%.0f\"", seconds);
    }
}
