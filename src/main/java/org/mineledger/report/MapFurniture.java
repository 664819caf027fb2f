package org.mineledger.report;

import java.util.HashMap;

import java.util.Locale;
import java.util.Map;
import org.mineledger.geo.Utm;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/** The parts of a printed map around its content: frame, grid ticks and labels, north arrow, scale bar, scale. */
final class MapFurniture {
    private static final RgbaColor INK = PrintSymbols.INK;
    private static final RgbaColor PAPER = RgbaColor.hex("#FFFFFF", 1);
    private static final Surface.Stroke GRID_LINE = Surface.Stroke.solid(RgbaColor.hex("#5060A0", 0.45), 0.35);
    private static final double TICK_PT = 5;
    private static final double LABEL_PT = 6.5;

    private MapFurniture() {
    }

    /** Thin lines joining the same value's ticks on opposite edges (straight at these scales). */
    static void gridLines(Surface s, ExtractPlacement at, double pageHeight, GridTicks ticks) {
        Map<Double, Double> bottom = new HashMap<>();
        Map<Double, Double> left = new HashMap<>();
        for (GridTicks.Tick t : ticks.ticks()) {
            if (t.edge() == GridTicks.Edge.BOTTOM) {
                bottom.put(t.value(), t.position());
            } else if (t.edge() == GridTicks.Edge.LEFT) {
                left.put(t.value(), t.position());
            }
        }
        double top = pageHeight - at.bottom() - at.height();
        double base = pageHeight - at.bottom();
        for (GridTicks.Tick t : ticks.ticks()) {
            if (t.edge() == GridTicks.Edge.TOP && bottom.containsKey(t.value())) {
                s.polyline(new double[] {bottom.get(t.value()), t.position()}, new double[] {base, top}, 2, GRID_LINE);
            } else if (t.edge() == GridTicks.Edge.RIGHT && left.containsKey(t.value())) {
                s.polyline(new double[] {at.left(), at.left() + at.width()},
                        new double[] {pageHeight - left.get(t.value()), pageHeight - t.position()}, 2, GRID_LINE);
            }
        }
    }

    /** Frame border, ticks with labels (bottom and left), north arrow and the footer with scale bar and scale. */
    static void frame(PdfSurface s, ExtractPlacement at, double pageHeight, GridTicks ticks) {
        double x0 = at.left();
        double x1 = at.left() + at.width();
        double yTop = pageHeight - at.bottom() - at.height();
        double yBase = pageHeight - at.bottom();
        s.polygon(new double[][] {{x0, x1, x1, x0}}, new double[][] {{yTop, yTop, yBase, yBase}}, new int[] {4}, null,
                Surface.Stroke.solid(INK, 1));
        Surface.Stroke tick = Surface.Stroke.solid(INK, 0.8);
        for (GridTicks.Tick t : ticks.ticks()) {
            double p = t.position();
            switch (t.edge()) {
                case BOTTOM -> {
                    s.polyline(new double[] {p, p}, new double[] {yBase, yBase - TICK_PT}, 2, tick);
                    s.text(t.label(), p + 1.5, yBase - 2, LABEL_PT, INK, false, true);
                }
                case TOP -> s.polyline(new double[] {p, p}, new double[] {yTop, yTop + TICK_PT}, 2, tick);
                case LEFT -> {
                    double y = pageHeight - p;
                    s.polyline(new double[] {x0, x0 + TICK_PT}, new double[] {y, y}, 2, tick);
                    s.text(t.label(), x0 + 2, y - 1.5, LABEL_PT, INK, false, true);
                }
                case RIGHT -> {
                    double y = pageHeight - p;
                    s.polyline(new double[] {x1, x1 - TICK_PT}, new double[] {y, y}, 2, tick);
                }
            }
        }
        northArrow(s, at, x1 - 22, yTop + 10);
        footer(s, at, ticks, yBase);
    }

    /** Arrow to true north; grid north is up the page, the difference is the UTM meridian convergence. */
    private static void northArrow(Surface s, ExtractPlacement at, double cx, double top) {
        double gamma = Math.toRadians(Utm.convergence(at.centre(), at.zone()));
        double len = 26;
        double dx = -Math.sin(gamma);
        double dy = -Math.cos(gamma); // y down
        double baseX = cx;
        double baseY = top + len + 4;
        double tipX = baseX + dx * len;
        double tipY = baseY + dy * len;
        double nx = -dy * 5;
        double ny = dx * 5;
        s.polygon(new double[][] {{cx - 16, cx + 16, cx + 16, cx - 16}},
                new double[][] {{top - 6, top - 6, top + len + 10, top + len + 10}}, new int[] {4},
                RgbaColor.hex("#FFFFFF", 0.85), null);
        s.polygon(new double[][] {{tipX, baseX + nx, baseX + dx * len * 0.3, baseX - nx}},
                new double[][] {{tipY, baseY + ny, baseY + dy * len * 0.3, baseY - ny}}, new int[] {4}, INK,
                Surface.Stroke.solid(INK, 0.5));
        s.text("N", tipX + 3, tipY + 6, 8, INK, true, false);
    }

    private static void footer(PdfSurface s, ExtractPlacement at, GridTicks ticks, double yBase) {
        double metres = roundDown(at.groundWidthM() / 3);
        double w = at.scale().pointsFor(metres);
        double x = at.left();
        double y = yBase + 12;
        int segments = 4;
        for (int i = 0; i < segments; i++) {
            double a = x + w * i / segments;
            double b = x + w * (i + 1) / segments;
            s.polygon(new double[][] {{a, b, b, a}}, new double[][] {{y, y, y + 4, y + 4}}, new int[] {4},
                    i % 2 == 0 ? INK : PAPER, Surface.Stroke.solid(INK, 0.5));
        }
        s.text("0", x - 2, y - 2, 6.5, INK, false, false);
        String length = metres >= 1000 ? trim(metres / 1000) + " km" : trim(metres) + " m";
        s.text(length, x + w - s.textWidth(length, 6.5, false) / 2, y - 2, 6.5, INK, false, false);
        String scale = "Scale " + at.scale().label();
        double right = at.left() + at.width();
        s.text(scale, right - s.textWidth(scale, 11, true), y + 4, 11, INK, true, false);
        String note = String.format(Locale.ROOT, "Grid: %s. Map projection UTM %d, grid north up.", ticks.title(),
                at.zone());
        s.text(note, x, y + 14, 6, INK, false, false);
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code value}. */
    static double roundDown(double value) {
        double p = Math.pow(10, Math.floor(Math.log10(value)));
        double m = value / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

}
