package org.mineledger.map;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Areas too small to draw, gathered as one square per screen cell and colour and drawn as one path per colour:
 * at national scale tens of thousands of areas share a few thousand cells, and one fill is far cheaper than
 * thousands of dots. Cells do not overlap, so the even-odd fill of the squares leaves no holes.
 */
final class DotCells {
    static final int CELL_PX = 3;
    private final int columns;
    private final int rows;
    private final BitSet taken;
    private final Map<RgbaColor, Squares> byColour = new LinkedHashMap<>();

    private static final class Squares {
        double[][] xs = new double[64][];
        double[][] ys = new double[64][];
        int count;

        void add(double x, double y) {
            if (count == xs.length) {
                xs = java.util.Arrays.copyOf(xs, count * 2);
                ys = java.util.Arrays.copyOf(ys, count * 2);
            }
            xs[count] = new double[] {x, x + CELL_PX, x + CELL_PX, x};
            ys[count] = new double[] {y, y, y + CELL_PX, y + CELL_PX};
            count++;
        }
    }

    DotCells(double width, double height) {
        columns = (int) Math.ceil(width / CELL_PX);
        rows = (int) Math.ceil(height / CELL_PX);
        taken = new BitSet(Math.max(0, columns * rows));
    }

    /** Marks the cell under (x, y) in {@code colour}, unless an earlier area took it. */
    void add(double x, double y, RgbaColor colour) {
        int c = (int) Math.floor(x / CELL_PX);
        int r = (int) Math.floor(y / CELL_PX);
        if (c < 0 || r < 0 || c >= columns || r >= rows || taken.get(r * columns + c)) {
            return;
        }
        taken.set(r * columns + c);
        byColour.computeIfAbsent(colour, k -> new Squares()).add(c * CELL_PX, r * CELL_PX);
    }

    void paint(Surface surface) {
        for (Map.Entry<RgbaColor, Squares> e : byColour.entrySet()) {
            Squares s = e.getValue();
            int[] counts = new int[s.count];
            java.util.Arrays.fill(counts, 4);
            surface.polygon(java.util.Arrays.copyOf(s.xs, s.count), java.util.Arrays.copyOf(s.ys, s.count), counts,
                    e.getKey(), null);
        }
    }
}
