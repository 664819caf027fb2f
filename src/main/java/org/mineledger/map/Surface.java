package org.mineledger.map;

/** Where a map is drawn: a JavaFX canvas on screen or a PDF page. Coordinates are in pixels/points. */
public interface Surface {
    /**
     * Fills and/or strokes a closed path made of rings (even-odd rule, so holes stay open). Ring {@code i}
     * is {@code xs[i][0..counts[i])}; {@code fill} or {@code stroke} may be null.
     */
    void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke);

    void polyline(double[] xs, double[] ys, int count, Stroke stroke);

    /** A filled circle of radius {@code r} pixels centred at (x, y). */
    void dot(double x, double y, double r, RgbaColor fill, Stroke stroke);

    /**
     * A grid of square cells of {@code cellPx} pixels from the top left corner, {@code columns} by {@code rows},
     * cell (c, r) filled in the colour {@code argb[r * columns + c]} (packed as {@link RgbaColor#argb()}; 0 leaves
     * the cell empty). By default drawn as one {@link #polygon} per colour, cells of a row merged into rectangles;
     * a raster surface can draw it as one scaled image instead.
     */
    default void cells(int cellPx, int columns, int rows, int[] argb) {
        DotCells.paintAsRectangles(this, cellPx, columns, rows, argb);
    }

    /** Text whose baseline starts at (x, y); a halo keeps it readable over the map. */
    void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo);

    /**
     * How a line is drawn.
     *
     * @param dash dash pattern in pixels, empty for a solid line
     */
    record Stroke(RgbaColor color, double width, double... dash) {
        public static Stroke solid(RgbaColor color, double width) {
            return new Stroke(color, width);
        }
    }
}
