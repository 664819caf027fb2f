package org.mineledger.model.laid;

import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.TraverseLeg;

/**
 * The entry and exit markers of a lane or gap on WGS84, each null when not entered.
 *
 * @param entry the entry marker
 * @param exit  the exit marker, from the entry by the lane's course
 */
public record LaneEnds(GeoPoint entry, GeoPoint exit) {

    /** Computes the ends; a leg that cannot be followed (e.g. magnetic without declination) names the lane. */
    static LaneEnds of(LaneOrGap lane, GeoPoint referencePoint, NorthConversion north) {
        GeoPoint entry = lane.entry() != null ? lane.entry()
                : lane.fromReference() == null ? null : step(referencePoint, lane.fromReference(), north, lane,
                        "from RP");
        GeoPoint exit = entry == null || lane.course() == null ? null
                : step(entry, lane.course(), north, lane, "course");
        return new LaneEnds(entry, exit);
    }

    private static GeoPoint step(GeoPoint from, TraverseLeg leg, NorthConversion north, LaneOrGap lane, String what) {
        try {
            return Geodesy.direct(from, north.trueDegrees(leg.bearing(), from), leg.distance());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(lane.label() + " (" + what + "): " + e.getMessage(), e);
        }
    }
}
