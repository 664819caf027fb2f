package org.mineledger.plan.marking;

import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;

/** Where two straight segments of a projected (metric) plane cross. */
final class SegmentCrossing {
    private SegmentCrossing() {
    }

    /** The point where segment a-b meets segment p-q, or null when they do not meet at a single point. */
    static Coordinate of(Coordinate a, Coordinate b, Coordinate p, Coordinate q) {
        LineIntersector li = new RobustLineIntersector();
        li.computeIntersection(a, b, p, q);
        if (li.getIntersectionNum() != LineIntersector.POINT_INTERSECTION) {
            return null; // none, or a track running along the line (no single place to cross)
        }
        return li.getIntersection(0);
    }
}
