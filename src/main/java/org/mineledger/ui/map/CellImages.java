package org.mineledger.ui.map;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The cells of the map's tiny areas as one image at screen resolution, each cell a square of pixels, drawn 1:1
 * so that every pipeline puts the cells on exactly the pixels the rectangles would cover. Images are kept
 * between frames so that a frame allocates nothing (on a graphics card, no texture). A canvas only records
 * {@code drawImage}; JavaFX's render thread reads the pixels while it paints the next pulse, when the FX thread
 * may already be drawing the frame after. So an image is written again only once that pulse has been painted:
 * two pulses after it was drawn (each pulse first waits for the painting of the one before). Until then
 * another image is used.
 */
final class CellImages {
    /** Images kept for reuse; more are made (and dropped) only while the map redraws faster than pulses. */
    private static final int KEPT = 3;
    private final List<Slot> slots = new ArrayList<>();
    private long pulses;

    /** Pixels in premultiplied ARGB, shared with the image they are shown in. */
    private static final class Slot {
        final int width;
        final int height;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;
        long drawnAt = Long.MIN_VALUE / 2;

        Slot(int width, int height) {
            this.width = width;
            this.height = height;
            pixels = new PixelBuffer<>(width, height, IntBuffer.allocate(width * height),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
    }

    /** Counts the pulses of the canvas's scene, whichever scene it is shown in. */
    CellImages(Canvas canvas) {
        Runnable counter = () -> pulses++;
        canvas.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removePostLayoutPulseListener(counter);
            }
            if (after != null) {
                after.addPostLayoutPulseListener(counter);
            }
        });
        Scene scene = canvas.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(counter);
        }
    }

    /**
     * An image of {@code columns × cellPx} by {@code rows × cellPx} pixels, cell (c, r) a square in the colour
     * {@code argb[r * columns + c]} (non-premultiplied ARGB; 0 is transparent).
     */
    Image image(int cellPx, int columns, int rows, int[] argb) {
        Slot slot = free(columns * cellPx, rows * cellPx);
        int[] out = slot.pixels.getBuffer().array();
        int width = slot.width;
        int source = 0;
        int last = 0;
        int lastPre = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cellPx * width;
            for (int c = 0; c < columns; c++) {
                int v = argb[source++];
                if (v != last) {
                    last = v;
                    lastPre = premultiplied(v);
                }
                int at = row + c * cellPx;
                for (int k = 0; k < cellPx; k++) {
                    out[at + k] = lastPre;
                }
            }
            for (int k = 1; k < cellPx; k++) {
                System.arraycopy(out, row, out, row + k * width, width);
            }
        }
        slot.pixels.updateBuffer(b -> null);
        return slot.image;
    }

    /** An image of this size that no pulse still to be painted shows. */
    private Slot free(int width, int height) {
        slots.removeIf(s -> s.width != width || s.height != height);
        for (Slot s : slots) {
            if (pulses >= s.drawnAt + 2) {
                s.drawnAt = pulses;
                return s;
            }
        }
        Slot s = new Slot(width, height);
        if (slots.size() < KEPT) {
            slots.add(s);
        }
        s.drawnAt = pulses;
        return s;
    }

    private static int premultiplied(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = (argb >> 16 & 0xFF) * a / 255;
        int g = (argb >> 8 & 0xFF) * a / 255;
        int b = (argb & 0xFF) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
