package org.mineledger.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** On screen the cells of tiny areas are one image; it must cover exactly the pixels the rectangles would. */
class FxSurfaceCellsTest {
    private static final int RED = RgbaColor.hex("#C00000", 1).argb();
    private static final int GREEN = RgbaColor.hex("#1E8C2E", 1).argb();
    private static final int COLUMNS = 11;
    private static final int ROWS = 7;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static int[] grid(int shift) {
        int[] argb = new int[COLUMNS * ROWS];
        for (int i = 0; i < argb.length; i++) {
            int k = (i * 7 + shift) % 5;
            argb[i] = k == 0 ? RED : k == 1 ? GREEN : 0;
        }
        return argb;
    }

    /** The canvas after drawing a white background and the cells; as rectangles when {@code image} is false. */
    private static WritableImage draw(Canvas canvas, CellImages images, int[] argb, boolean image) {
        canvas.getGraphicsContext2D().setFill(Color.WHITE);
        canvas.getGraphicsContext2D().fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FxSurface fx = new FxSurface(canvas.getGraphicsContext2D(), images);
        Surface surface = image ? fx : new Surface() { // no cells(): the default, rectangles as on a PDF page
            @Override
            public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
                fx.polygon(xs, ys, counts, fill, stroke);
            }

            @Override
            public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
            }

            @Override
            public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
            }

            @Override
            public void text(String text, double x, double y, double size, RgbaColor color, boolean bold,
                    boolean halo) {
            }
        };
        surface.cells(3, COLUMNS, ROWS, argb);
        return canvas.snapshot(null, null);
    }

    @Test
    void theImageCoversExactlyThePixelsOfTheRectanglesFrameAfterFrame() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(3 * COLUMNS - 1, 3 * ROWS - 2); // the last cells are cut off
            CellImages images = new CellImages(canvas);
            for (int frame = 0; frame < 4; frame++) { // images are reused: each frame must show its own cells
                int[] argb = grid(frame);
                PixelReader rectangles = draw(canvas, images, argb, false).getPixelReader();
                PixelReader cells = draw(canvas, images, argb, true).getPixelReader();
                for (int y = 0; y < canvas.getHeight(); y++) {
                    for (int x = 0; x < canvas.getWidth(); x++) {
                        int expected = argb[y / 3 * COLUMNS + x / 3];
                        assertThat(cells.getArgb(x, y)).as("frame %d pixel (%d, %d)", frame, x, y)
                                .isEqualTo(rectangles.getArgb(x, y))
                                .isEqualTo(expected == 0 ? 0xFFFFFFFF : expected);
                    }
                }
            }
        }).get();
    }
}
