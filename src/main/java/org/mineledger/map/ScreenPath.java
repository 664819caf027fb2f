package org.mineledger.map;

/**
 * Display-metre coordinates turned into screen pixels, dropping points that fall within a fraction of a
 * pixel of the previous one (level of detail: a 200-vertex polygon seen from far off costs a few points).
 */
final class ScreenPath {
    private static final double MIN_STEP_PX = 0.75;

    private ScreenPath() {
    }

    /** Projects {@code mx/my} into {@code outX/outY}; returns how many points were kept. */
    static int project(double[] mx, double[] my, Viewport view, double[] outX, double[] outY) {
        double res = view.resolution();
        double ox = view.centerX() - view.width() / 2 * res;
        double oy = view.centerY() + view.height() / 2 * res;
        int n = 0;
        for (int i = 0; i < mx.length; i++) {
            double x = (mx[i] - ox) / res;
            double y = (oy - my[i]) / res;
            boolean last = i == mx.length - 1;
            if (n > 0 && !last && Math.abs(x - outX[n - 1]) < MIN_STEP_PX && Math.abs(y - outY[n - 1]) < MIN_STEP_PX) {
                continue;
            }
            outX[n] = x;
            outY[n] = y;
            n++;
        }
        return n;
    }
}
