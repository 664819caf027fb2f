package org.mineledger.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * What {@link BoundaryRules#check} says about hand-made boundaries. Short boundaries without holes go through the
 * fast path first; the faults must still be told exactly as IsValidOp finds them (the texts below were derived
 * by hand and agree with the check as it was before the fast path).
 */
class BoundaryRulesTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A closed ring from lon/lat pairs in thousandths of a degree from 30 E 50 N. */
    private static LinearRing ring(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(30 + lonLat[2 * i] / 1000, 50 + lonLat[2 * i + 1] / 1000);
        }
        return FACTORY.createLinearRing(c);
    }

    private static Polygon polygon(double... lonLat) {
        return FACTORY.createPolygon(ring(lonLat));
    }

    /** A regular polygon of {@code corners} corners, 0.004° across, centred at 30.002 E 50.002 N. */
    private static Coordinate[] circle(int corners) {
        Coordinate[] c = new Coordinate[corners + 1];
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            c[i] = new Coordinate(30.002 + 0.002 * Math.cos(angle), 50.002 + 0.002 * Math.sin(angle));
        }
        c[corners] = c[0].copy();
        return c;
    }

    @Test
    void acceptsSimpleBoundariesShortAndLong() {
        assertThatCode(() -> BoundaryRules.check(polygon(0, 0, 4, 0, 4, 4, 2, 1, 0, 4, 0, 0))).doesNotThrowAnyException();
        assertThatCode(() -> BoundaryRules.check(polygon(0, 0, 0, 0, 4, 0, 4, 4, 4, 4, 0, 4, 0, 0)))
                .doesNotThrowAnyException();
        assertThatCode(() -> BoundaryRules.check(FACTORY.createPolygon(circle(63)))).doesNotThrowAnyException();
        assertThatCode(() -> BoundaryRules.check(FACTORY.createPolygon(circle(500)))).doesNotThrowAnyException();
    }

    @Test
    void acceptsABoundaryWithAHoleInside() {
        Polygon withHole = FACTORY.createPolygon(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0),
                new LinearRing[] {ring(1, 1, 1, 2, 2, 2, 2, 1, 1, 1)});
        assertThatCode(() -> BoundaryRules.check(withHole)).doesNotThrowAnyException();
    }

    @Test
    void namesTheCrossingOfABowTieAndTheNearestCorner() {
        // edges (0,0)-(4,4) and (4,0)-(0,1) cross at (0.8,0.8), nearest to corner 4
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 4, 4, 4, 0, 0, 1, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessage("The boundary is not valid: self-intersection near vertex 4 at lat 50.0008000, "
                        + "lon 30.0008000. Move or delete that corner.");
    }

    @Test
    void namesACornerThatTouchesAnotherEdge() {
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 4, 0, 4, 4, 2, 0, 0, 4, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessage("The boundary is not valid: ring self-intersection near vertex 4 at lat 50.0000000, "
                        + "lon 30.0020000. Move or delete that corner.");
    }

    @Test
    void namesACornerVisitedTwice() {
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 4, 0, 2, 2, 4, 4, 0, 4, 2, 2, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessage("The boundary is not valid: ring self-intersection near vertex 3 at lat 50.0020000, "
                        + "lon 30.0020000. Move or delete that corner.");
    }

    @Test
    void saysWhenTooFewCornersAreDistinct() {
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 4, 0, 4, 0, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessage("The boundary is not valid: too few distinct points in geometry component near vertex 1 "
                        + "at lat 50.0000000, lon 30.0000000. Move or delete that corner.");
    }

    @Test
    void rejectsASpikeAndCornersOnOneLine() {
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 4, 0, 4, 4, 2, 4, 3, 4, 0, 4, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessageStartingWith("The boundary is not valid: self-intersection near vertex ");
        assertThatThrownBy(() -> BoundaryRules.check(polygon(0, 0, 1, 0, 2, 0, 0, 0)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessageStartingWith("The boundary is not valid: self-intersection near vertex ");
    }

    @Test
    void namesAHoleOutsideTheBoundaryAndTheNearestBoundaryCorner() {
        Polygon holeOutside = FACTORY.createPolygon(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0),
                new LinearRing[] {ring(10, 10, 10, 11, 11, 11, 11, 10, 10, 10)});
        assertThatThrownBy(() -> BoundaryRules.check(holeOutside))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessage("The boundary is not valid: hole lies outside shell near vertex 3 at lat 50.0100000, "
                        + "lon 30.0100000. Move or delete that corner.");
    }

    @Test
    void rejectsALongBoundaryWithTwoCornersSwapped() {
        Coordinate[] c = circle(100);
        Coordinate swap = c[40];
        c[40] = c[41];
        c[41] = swap;
        assertThatThrownBy(() -> BoundaryRules.check(FACTORY.createPolygon(c)))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessageStartingWith("The boundary is not valid: self-intersection near vertex ");
    }
}
