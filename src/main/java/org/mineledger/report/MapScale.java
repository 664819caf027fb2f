package org.mineledger.report;

import java.util.List;
import java.util.Locale;

/**
 * A printed map scale 1:{@code denominator}: one millimetre on paper is {@code denominator} millimetres on the
 * ground (at the map centre, after the projection's own scale factor is taken out).
 */
public record MapScale(int denominator) {
    /** The scales a task sheet is printed at, largest first (the usual series for field sketches and topo maps). */
    public static final List<MapScale> STANDARD = List.of(new MapScale(1_000), new MapScale(2_000),
            new MapScale(5_000), new MapScale(10_000), new MapScale(25_000));

    private static final double POINTS_PER_MM = 72 / 25.4;

    public MapScale {
        if (denominator < 100 || denominator > 1_000_000) {
            throw new IllegalArgumentException("Map scale 1:" + denominator
                    + " is not usable for a field map; choose between 1:100 and 1:1,000,000.");
        }
    }

    /** Reads {@code 1:2000}, {@code 1:2,000} or {@code 2000}. */
    public static MapScale parse(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace(" ", "");
        if (t.startsWith("1:")) {
            t = t.substring(2);
        }
        try {
            return new MapScale(Integer.parseInt(t));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Map scale '" + text + "' is not a scale; write e.g. 1:2000.");
        }
    }

    /**
     * The largest standard scale at which a ground rectangle of {@code groundWidthM} × {@code groundHeightM}
     * metres fits on a frame of {@code frameWidthPt} × {@code frameHeightPt} points; the smallest standard
     * scale (1:25,000) when none does.
     */
    public static MapScale largestFitting(double groundWidthM, double groundHeightM, double frameWidthPt,
            double frameHeightPt) {
        for (MapScale s : STANDARD) {
            if (s.pointsFor(groundWidthM) <= frameWidthPt && s.pointsFor(groundHeightM) <= frameHeightPt) {
                return s;
            }
        }
        return STANDARD.get(STANDARD.size() - 1);
    }

    /** Page length in points of a ground length in metres. */
    public double pointsFor(double groundMetres) {
        return groundMetres * 1000 / denominator * POINTS_PER_MM;
    }

    /** Ground length in metres of a page length in points. */
    public double metresFor(double points) {
        return points / POINTS_PER_MM * denominator / 1000;
    }

    /** The scale as printed: {@code 1:2,000}. */
    public String label() {
        return String.format(Locale.ROOT, "1:%,d", denominator);
    }

    @Override
    public String toString() {
        return label();
    }
}
