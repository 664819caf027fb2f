package org.mineledger.map;

import java.util.List;
import org.mineledger.plan.marking.Sign;

/** Draws the warning signs of a marking plan: red triangles, numbered when zoomed in far enough to read them. */
public final class SignPainter {
    private static final RgbaColor SIGN = RgbaColor.hex("#D00000", 1);
    private static final RgbaColor BORDER = RgbaColor.hex("#FFD200", 1);
    private static final RgbaColor INK = RgbaColor.hex("#000000", 1);
    /** Display metres per pixel below which sign numbers are written. */
    private static final double LABEL_MAX_RESOLUTION = 1.5;

    private SignPainter() {
    }

    public static void paint(Surface surface, Viewport view, List<Sign> signs) {
        boolean labels = view.resolution() <= LABEL_MAX_RESOLUTION;
        for (Sign s : signs) {
            double x = view.screenX(s.position().lon());
            double y = view.screenY(s.position().lat());
            if (x < -10 || y < -10 || x > view.width() + 10 || y > view.height() + 10) {
                continue;
            }
            surface.polygon(new double[][] {{x, x + 5, x - 5}}, new double[][] {{y - 6, y + 3, y + 3}}, new int[] {3},
                    SIGN, Surface.Stroke.solid(BORDER, 1));
            if (labels) {
                surface.text(s.number(), x + 6, y - 4, 10, INK, false, true);
            }
        }
    }
}
