package org.mineledger.cli;

import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.GeoPoint;
import org.mineledger.plan.clearance.PlanningDetails;

/** Reads {@code "35VNH2746607201 Village school"}: the longest leading words that form a coordinate, then text. */
final class MedevacText {
    private MedevacText() {
    }

    static PlanningDetails.MedevacPoint parse(String text) {
        String[] words = text.strip().split("\\s+");
        IllegalArgumentException first = null;
        for (int n = words.length; n >= 1; n--) {
            String coordinate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            try {
                GeoPoint p = new CoordinateParser().parse(coordinate);
                return new PlanningDetails.MedevacPoint(p, coordinate,
                        String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)));
            } catch (IllegalArgumentException e) { // CoordinateFormatException too: try fewer words
                first = first == null ? e : first;
            }
        }
        throw new IllegalArgumentException("Medevac point '" + text + "' does not start with a coordinate: write"
                + " the coordinate first (lat/lon, UTM, MGRS or EPSG:NNNN grid), then what it is, e.g."
                + " \"35VNH2746607201 Village school\".", first);
    }
}
