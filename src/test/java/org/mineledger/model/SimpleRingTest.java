package org.mineledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Hand-made rings whose simplicity is known by construction; each answer is also checked against JTS. */
class SimpleRingTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /**
     * A ring from lon/lat pairs counted in steps of 1/1024° (about 70 m by 110 m) from 30 E 50 N: such
     * coordinates are exact binary fractions, so points meant to be collinear are exactly collinear.
     */
    private static Coordinate[] ring(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(30 + lonLat[2 * i] / 1024, 50 + lonLat[2 * i + 1] / 1024);
        }
        return c;
    }

    private static boolean jtsValid(Coordinate[] ring) {
        return new IsValidOp(FACTORY.createPolygon(ring)).isValid();
    }

    private static void assertSimple(Coordinate[] ring) {
        assertThat(jtsValid(ring)).as("IsValidOp").isTrue();
        assertThat(SimpleRing.isProvenSimple(ring)).as("fast check").isTrue();
    }

    private static void assertNotProven(Coordinate[] ring) {
        assertThat(jtsValid(ring)).as("IsValidOp").isFalse();
        assertThat(SimpleRing.isProvenSimple(ring)).as("fast check").isFalse();
    }

    @Test
    void provesATriangleASquareAndAConcaveRingSimple() {
        assertSimple(ring(0, 0, 4, 0, 2, 3, 0, 0));
        assertSimple(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0));
        assertSimple(ring(0, 0, 4, 0, 4, 4, 2, 1, 0, 4, 0, 0));
    }

    @Test
    void provesARingWithAStraightThroughCornerSimple() {
        // corner (2,0) lies on the line from (0,0) to (4,0): JTS accepts it, and so must the fast path
        assertSimple(ring(0, 0, 2, 0, 4, 0, 4, 4, 0, 4, 0, 0));
    }

    @Test
    void provesARingWithRepeatedConsecutivePointsSimple() {
        assertSimple(ring(0, 0, 0, 0, 4, 0, 4, 4, 4, 4, 4, 4, 0, 4, 0, 0, 0, 0));
    }

    @Test
    void doesNotProveABowTie() {
        assertNotProven(ring(0, 0, 4, 4, 4, 0, 0, 1, 0, 0));
    }

    @Test
    void doesNotProveASpikeThatGoesOutAndBackAlongTheSameLine() {
        // A B C B: the corner C is the tip of a spike retracing B-C
        assertNotProven(ring(0, 0, 4, 0, 4, 4, 6, 6, 4, 4, 0, 4, 0, 0));
        // a spike that stops short of where it came from: C-D runs back over B-C
        assertNotProven(ring(0, 0, 4, 0, 4, 4, 6, 6, 5, 5, 0, 4, 0, 0));
    }

    @Test
    void doesNotProveASpikeAroundTheClosingPoint() {
        // the ring starts and ends at the tip (2,6) of a spike on the top edge of a square
        assertNotProven(ring(2, 6, 2, 4, 0, 4, 0, 0, 4, 0, 4, 4, 2, 4, 2, 6));
        // a triangle whose closing segment folds back over its first one
        assertNotProven(ring(0, 0, 4, 0, 2, 0, 0, 0));
    }

    @Test
    void doesNotProveACornerTouchingAnotherEdge() {
        // the corner (2,0) touches the edge from (0,0) to (4,0) from above: an inverted shell
        assertNotProven(ring(0, 0, 4, 0, 4, 4, 2, 0, 0, 4, 0, 0));
        // the same touch on the closing edge
        assertNotProven(ring(4, 0, 4, 4, 2, 0, 0, 4, 0, 0, 4, 0));
    }

    @Test
    void doesNotProveARingThatVisitsTheSameCornerTwice() {
        assertNotProven(ring(0, 0, 4, 0, 2, 2, 4, 4, 0, 4, 2, 2, 0, 0));
    }

    @Test
    void doesNotProveRingsWhoseCornersAllLieOnOneLine() {
        assertNotProven(ring(0, 0, 1, 0, 2, 0, 0, 0));
        assertNotProven(ring(0, 0, 1, 1, 2, 2, 3, 3, 0, 0));
    }

    @Test
    void doesNotProveRingsWithTooFewDistinctCorners() {
        assertNotProven(ring(0, 0, 4, 0, 4, 0, 0, 0));
        assertThat(SimpleRing.isProvenSimple(ring(0, 0, 4, 0, 0, 0))).isFalse();
        assertThat(SimpleRing.isProvenSimple(ring(0, 0, 0, 0, 0, 0, 0, 0))).isFalse();
    }

    @Test
    void doesNotProveRingsThatAreNotClosedOrHoldNonFiniteCoordinates() {
        assertThat(SimpleRing.isProvenSimple(ring(0, 0, 4, 0, 4, 4, 0, 4))).isFalse();
        Coordinate[] square = ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0);
        square[2] = new Coordinate(Double.NaN, 50);
        assertThat(SimpleRing.isProvenSimple(square)).isFalse();
        square[2] = new Coordinate(30, Double.POSITIVE_INFINITY);
        assertThat(SimpleRing.isProvenSimple(square)).isFalse();
    }

    @Test
    void doesNotProveTwoEdgesOverlappingAlongALine() {
        // edges (0,0)-(4,0) and (3,0)-(1,0) lie on the same line and share the stretch from 1 to 3
        assertNotProven(ring(0, 0, 4, 0, 4, 2, 3, 0, 1, 0, 0, 2, 0, 0));
    }
}
