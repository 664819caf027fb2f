package org.mineledger.map;

import net.sf.geographiclib.Geodesic;

/**
 * A scale bar whose length is measured on the WGS84 ellipsoid along the window's centre row, so the
 * label is true at the centre of the map whatever the display projection.
 *
 * @param metres ground length the bar stands for (a round number: 1, 2 or 5 × 10ⁿ)
 * @param pixels bar length on screen
 */
public record ScaleBar(double metres, double pixels) {

    /** The longest round-number bar no longer than {@code maxPixels} for this viewport. */
    public static ScaleBar of(Viewport view, double maxPixels) {
        double y = view.height() / 2;
        double x0 = view.width() / 2 - maxPixels / 2;
        double x1 = x0 + maxPixels;
        double ground = Geodesic.WGS84.Inverse(view.latAt(y), view.lonAt(x0), view.latAt(y), view.lonAt(x1)).s12;
        double metresPerPixel = ground / maxPixels;
        double nice = roundDown(ground);
        return new ScaleBar(nice, nice / metresPerPixel);
    }

    /** Label such as "500 m" or "2 km". */
    public String label() {
        return metres >= 1000 ? trim(metres / 1000) + " km" : trim(metres) + " m";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static double roundDown(double value) {
        double p = Math.pow(10, Math.floor(Math.log10(value)));
        double m = value / p;
        double step = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        return step * p;
    }
}
