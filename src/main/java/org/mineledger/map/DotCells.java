package org.mineledger.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Areas too small to draw, gathered as one square per screen cell in the colour of the first area that falls in
 * it, and handed to the surface as one grid ({@link Surface#cells}): at national scale tens of thousands of areas
 * share a few thousand cells, and one grid is far cheaper than thousands of dots.
 */
final class DotCells {
    static final int CELL_PX = 3;
    private final int columns;
    private final int rows;
    /** Per cell: 0 when free, else the packed colour of the area that took it. */
    private final int[] cell;
    private int filled;

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
        cell[r * columns + c] = colour.argb();
        filled++;
    }

    /** Hands the cells to the surface, unless none is filled (close up, where no area is tiny). */
    void paint(Surface surface) {
        if (filled > 0) {
            surface.cells(CELL_PX, columns, rows, cell);
        }
    }

    /**
     * The cells as one path per colour, colours in the order they first occur row by row. Neighbouring cells of
     * one colour in a row are merged into one rectangle, so a dense district costs a few edges, not four per cell.
     * Rectangles do not overlap, so the even-odd fill leaves no holes.
     */
    static void paintAsRectangles(Surface surface, int cellPx, int columns, int rows, int[] argb) {
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < columns * rows; i++) {
            if (argb[i] != 0 && !colours.contains(argb[i])) {
                colours.add(argb[i]);
            }
        }
        for (int colour : colours) {
            Rectangles out = new Rectangles(cellPx);
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                int c = 0;
                while (c < columns) {
                    if (argb[row + c] != colour) {
                        c++;
                        continue;
                    }
                    int start = c;
                    while (c < columns && argb[row + c] == colour) {
                        c++;
                    }
                    out.add(start * cellPx, r * cellPx, (c - start) * cellPx);
                }
            }
            int[] counts = new int[out.count];
            Arrays.fill(counts, 4);
            surface.polygon(Arrays.copyOf(out.xs, out.count), Arrays.copyOf(out.ys, out.count), counts,
                    RgbaColor.ofArgb(colour), null);
        }
    }

    /** Rectangles one cell high, as four-corner rings. */
    private static final class Rectangles {
        private final int cellPx;
        double[][] xs = new double[64][];
        double[][] ys = new double[64][];
        int count;

        Rectangles(int cellPx) {
            this.cellPx = cellPx;
        }

        void add(double x, double y, double width) {
            if (count == xs.length) {
                xs = Arrays.copyOf(xs, count * 2);
                ys = Arrays.copyOf(ys, count * 2);
            }
            xs[count] = new double[] {x, x + width, x + width, x};
            ys[count] = new double[] {y, y, y + cellPx, y + cellPx};
            count++;
        }
    }
}
