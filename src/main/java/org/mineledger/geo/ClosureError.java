package org.mineledger.geo;

import java.util.Locale;

/**
 * The gap between the last computed point of a traverse and its first turning point.
 *
 * @param gap            geodesic distance from the last computed point to TP1
 * @param bearing        true bearing from the last computed point to TP1 (the correction direction)
 * @param traversedLength total length of the perimeter legs
 */
public record ClosureError(Distance gap, Bearing bearing, Distance traversedLength) {

    /** N of the ratio 1:N (traversed length over gap); infinite when the traverse closes exactly. */
    public double ratio() {
        return gap.metres() == 0 ? Double.POSITIVE_INFINITY : traversedLength.metres() / gap.metres();
    }

    /** E.g. {@code 0.012 m at 45.0° true, 1:33333}. */
    @Override
    public String toString() {
        double n = ratio();
        String r = Double.isInfinite(n) ? "exact" : String.format(Locale.ROOT, "1:%.0f", Math.floor(n));
        return String.format(Locale.ROOT, "%.3f m at %.1f° true, %s", gap.metres(), bearing.degrees(), r);
    }
}
