package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tiny areas as screen cells: first colour wins a cell; a surface without a raster of its own (PDF) gets them
 * as rectangles, neighbours of one colour in a row merged.
 */
class DotCellsTest {
    private static final RgbaColor RED = RgbaColor.hex("#D32F2F", 1);
    private static final RgbaColor GREEN = RgbaColor.hex("#388E3C", 1);

    /** Records each polygon as its colour and its rings as {x0, x1, y0, y1}. */
    private static final class Recorder extends HazardPainterTest.Recorder {
        final List<List<double[]>> rings = new ArrayList<>();

        @Override
        public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
            super.polygon(xs, ys, counts, fill, stroke);
            List<double[]> boxes = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                assertThat(counts[i]).isEqualTo(4);
                boxes.add(new double[] {xs[i][0], xs[i][1], ys[i][0], ys[i][2]});
            }
            rings.add(boxes);
        }
    }

    @Test
    void mergesARunOfCellsOfOneColourIntoOneRectangleAndKeepsTheFirstColourOfACell() {
        DotCells cells = new DotCells(30, 9);
        cells.add(0.5, 0.5, RED);
        cells.add(3.2, 1, RED);
        cells.add(6.9, 2.9, RED); // cells 0-2 of row 0: one rectangle 0..9
        cells.add(7, 1, GREEN); // cell 2 is taken: ignored
        cells.add(9.1, 0, GREEN); // cell 3 of row 0
        cells.add(15, 4, RED); // cell 5 of row 1, apart
        cells.add(-1, 4, RED); // off screen
        cells.add(30, 4, RED); // off screen
        Recorder r = new Recorder();
        cells.paint(r);
        assertThat(r.polygonFills).containsExactly(RED, GREEN);
        assertThat(r.rings.get(0)).containsExactly(new double[] {0, 9, 0, 3}, new double[] {15, 18, 3, 6});
        assertThat(r.rings.get(1)).containsExactly(new double[] {9, 12, 0, 3});
    }

    @Test
    void handsTheSurfaceOneGridOfPackedColoursRowByRow() {
        DotCells cells = new DotCells(30, 9); // 10 × 3 cells
        cells.add(0.5, 0.5, RED);
        cells.add(1, 1, GREEN); // same cell: ignored
        cells.add(29.9, 8.9, GREEN); // last cell
        int[][] grid = new int[1][];
        cells.paint(new HazardPainterTest.Recorder() {
            @Override
            public void cells(int cellPx, int columns, int rows, int[] argb) {
                assertThat(new int[] {cellPx, columns, rows}).containsExactly(3, 10, 3);
                grid[0] = argb.clone();
            }
        });
        int[] expected = new int[30];
        expected[0] = 0xFFD32F2F;
        expected[29] = 0xFF388E3C;
        assertThat(grid[0]).containsExactly(expected);
    }

    @Test
    void noCellFilledNothingHandedOver() {
        DotCells cells = new DotCells(30, 9);
        cells.add(-5, 4, RED); // off screen
        int[] calls = new int[1];
        cells.paint(new HazardPainterTest.Recorder() {
            @Override
            public void cells(int cellPx, int columns, int rows, int[] argb) {
                calls[0]++;
            }
        });
        assertThat(calls[0]).isZero();
    }
}
