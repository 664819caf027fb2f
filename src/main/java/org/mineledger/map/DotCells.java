package org.mineledger.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Areas too small to draw, gathered as one square per screen cell and colour and drawn as one path per colour:
 * at national scale tens of thousands of areas share a few thousand cells, and one fill is far cheaper than
 * thousands of dots. Neighbouring cells of one colour in a row are merged into one rectangle, so a dense
 * district costs a few edges, not four per cell. Rectangles do not overlap, so the even-odd fill leaves no holes.
 */
final class DotCells {
    static final int CELL_PX = 3;
    private final int columns;
    private final int rows;
    /** Per cell: 0 when free, else 1 + the index of its colour in {@link #colours}. */
    private final int[] cell;
    private final List<RgbaColor> colours = new ArrayList<>();

    DotCells(double width, double height) {
        columns = Math.max(0, (int) Math.ceil(width / CELL_PX));
        rows = Math.max(0, (int) Math.ceil(height / CELL_PX));
        cell = new int[columns * rows];
    }

    /** Marks the cell under (x, y) in {@code colour}, unless an earlier area took it. */
    void add(double x, double y, RgbaColor colour) {
        int c = (int) Math.floor(x / CELL_PX);
        int r = (int) Math.floor(y / CELL_PX);
        if (c < 0 || r < 0 || c >= columns || r >= rows || cell[r * columns + c] != 0) {
            return;
        }
        int k = colours.indexOf(colour);
        if (k < 0) {
            colours.add(colour);
            k = colours.size() - 1;
        }
        cell[r * columns + c] = k + 1;
    }

    /** One path per colour, in the order the colours were first added. */
    void paint(Surface surface) {
        for (int k = 1; k <= colours.size(); k++) {
            Rectangles out = new Rectangles();
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                int c = 0;
                while (c < columns) {
                    if (cell[row + c] != k) {
                        c++;
                        continue;
                    }
                    int start = c;
                    while (c < columns && cell[row + c] == k) {
                        c++;
                    }
                    out.add(start * CELL_PX, r * CELL_PX, (c - start) * CELL_PX);
                }
            }
            int[] counts = new int[out.count];
            Arrays.fill(counts, 4);
            surface.polygon(Arrays.copyOf(out.xs, out.count), Arrays.copyOf(out.ys, out.count), counts,
                    colours.get(k - 1), null);
        }
    }

    /** Rectangles one cell high, as four-corner rings. */
    private static final class Rectangles {
        double[][] xs = new double[64][];
        double[][] ys = new double[64][];
        int count;

        void add(double x, double y, double width) {
            if (count == xs.length) {
                xs = Arrays.copyOf(xs, count * 2);
                ys = Arrays.copyOf(ys, count * 2);
            }
            xs[count] = new double[] {x, x + width, x + width, x};
            ys[count] = new double[] {y, y, y + CELL_PX, y + CELL_PX};
            count++;
        }
    }
}
