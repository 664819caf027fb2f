package org.mineledger.model;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Proves a short closed ring simple by testing every pair of its segments, with the same exact predicates
 * that JTS {@code IsValidOp} uses ({@link Orientation#index}, {@link Envelope#intersects}).
 *
 * <p>"Proven" means: after consecutive repeated points are removed (as JTS does) at least three distinct
 * corners are left, no two non-adjacent segments share any point, and no two adjacent segments (including the
 * last and the first, around the closing point) overlap along a line. Such a ring is a valid polygon shell
 * for JTS. The test is conservative: {@code false} only means "not proven", and the caller must then ask
 * {@code IsValidOp}, which explains the fault. Quadratic in the corners, so meant for short rings only.
 */
final class SimpleRing {
    private SimpleRing() {
    }

    /**
     * True if the ring is proven simple; false if it is not simple, not closed, has a non-finite ordinate or the
     * proof does not go through.
     */
    static boolean isProvenSimple(Coordinate[] ring) {
        Coordinate[] p = withoutRepeatedPoints(ring);
        if (p.length < 4 || !p[0].equals2D(p[p.length - 1])) {
            return false;
        }
        for (Coordinate c : p) {
            // the predicates below mean nothing for NaN or infinity (BoundaryRules refuses them before)
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                return false;
            }
        }
        int segments = p.length - 1;
        for (int i = 0; i < segments; i++) {
            // corner p[i] joins segment i-1 (p[prev]-p[i]) and segment i (p[i]-p[i+1])
            int prev = i == 0 ? segments - 1 : i - 1;
            if (adjacentSegmentsOverlap(p[prev], p[i], p[i + 1])) {
                return false;
            }
        }
        for (int i = 0; i < segments - 2; i++) {
            // segment i is adjacent to i+1 and, around the closing point, segment 0 to the last one
            int last = i == 0 ? segments - 2 : segments - 1;
            for (int j = i + 2; j <= last; j++) {
                if (segmentsMayShareAPoint(p[i], p[i + 1], p[j], p[j + 1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether segments a-b and b-c, meeting at b, share more than b: both orientations that JTS's
     * {@code RobustLineIntersector} computes for such a pair are zero (collinear) and the path turns back, that
     * is a or c lies within the other segment's box (a spike). A straight-through corner is fine, as for JTS.
     */
    private static boolean adjacentSegmentsOverlap(Coordinate a, Coordinate b, Coordinate c) {
        return Orientation.index(a, b, c) == 0 && Orientation.index(b, c, a) == 0
                && (Envelope.intersects(a, b, c) || Envelope.intersects(b, c, a));
    }

    /**
     * Whether segments p1-p2 and q1-q2 may touch: false only when their boxes are apart or one segment lies
     * strictly on one side of the other's line. This answers true whenever JTS's {@code RobustLineIntersector}
     * finds an intersection (its first three tests, the same predicates), and also for every collinear pair
     * whose boxes meet, which JTS would analyse further.
     */
    private static boolean segmentsMayShareAPoint(Coordinate p1, Coordinate p2, Coordinate q1, Coordinate q2) {
        if (!Envelope.intersects(p1, p2, q1, q2)) {
            return false;
        }
        int pq1 = Orientation.index(p1, p2, q1);
        int pq2 = Orientation.index(p1, p2, q2);
        if (pq1 > 0 && pq2 > 0 || pq1 < 0 && pq2 < 0) {
            return false;
        }
        int qp1 = Orientation.index(q1, q2, p1);
        int qp2 = Orientation.index(q1, q2, p2);
        return !(qp1 > 0 && qp2 > 0 || qp1 < 0 && qp2 < 0);
    }

    /** The ring itself when no point repeats its predecessor (the usual case), else a compacted copy. */
    private static Coordinate[] withoutRepeatedPoints(Coordinate[] ring) {
        int distinct = ring.length == 0 ? 0 : 1;
        for (int i = 1; i < ring.length; i++) {
            if (!ring[i].equals2D(ring[i - 1])) {
                distinct++;
            }
        }
        if (distinct == ring.length) {
            return ring;
        }
        Coordinate[] compact = new Coordinate[distinct];
        int k = 0;
        for (int i = 0; i < ring.length; i++) {
            if (i == 0 || !ring[i].equals2D(ring[i - 1])) {
                compact[k++] = ring[i];
            }
        }
        return compact;
    }
}
