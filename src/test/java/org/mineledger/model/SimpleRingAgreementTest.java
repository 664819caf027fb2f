package org.mineledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The fast path must never call a ring simple that JTS {@code IsValidOp} finds invalid. Thousands of small rings
 * (4 to 40 points) from fixed seeds, built to hit the hard cases, are judged by both, and by
 * {@link BoundaryRules#check}, which must throw exactly when {@code IsValidOp} finds a fault.
 */
class SimpleRingAgreementTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** Grid step of the exact grids: a binary fraction of a degree, so grid points are exactly collinear. */
    private static final double STEP = 1.0 / 1024;

    /** How the fast check and JTS judged one family of rings. */
    private static final class Tally {
        int rings;
        int jtsValid;
        int proven;

        void judge(Coordinate[] ring) {
            Polygon polygon = FACTORY.createPolygon(ring);
            boolean valid = new IsValidOp(polygon).isValid();
            boolean simple = SimpleRing.isProvenSimple(ring);
            if (simple && !valid) {
                fail("fast check calls a ring simple that IsValidOp rejects: " + Arrays.toString(ring));
            }
            if (valid) {
                BoundaryRules.check(polygon);
            } else {
                assertThatThrownBy(() -> BoundaryRules.check(polygon)).as(Arrays.toString(ring))
                        .isInstanceOf(InvalidPolygonException.class);
            }
            rings++;
            jtsValid += valid ? 1 : 0;
            proven += simple ? 1 : 0;
        }

        /** Share of the rings JTS finds valid that the fast check proves simple. */
        double provenShareOfValid() {
            return jtsValid == 0 ? 1 : (double) proven / jtsValid;
        }
    }

    private static Coordinate[] closed(Coordinate[] open) {
        Coordinate[] c = Arrays.copyOf(open, open.length + 1);
        c[open.length] = open[0].copy();
        return c;
    }

    private static Coordinate gridPoint(Random random, int size) {
        return new Coordinate(30 + random.nextInt(size) * STEP, 50 + random.nextInt(size) * STEP);
    }

    /** Random corners on a grid of 2×2 to 5×5 points: collinear runs, repeats, touches, spikes, bow-ties. */
    @Test
    void neverProvesARingOnATinyGridThatJtsRejects() {
        Random random = new Random(20261127);
        Tally tally = new Tally();
        for (int n = 0; n < 30_000; n++) {
            int size = 2 + random.nextInt(4);
            Coordinate[] open = new Coordinate[3 + random.nextInt(37)];
            for (int i = 0; i < open.length; i++) {
                open[i] = gridPoint(random, size);
            }
            tally.judge(closed(open));
        }
        // the grid must produce both outcomes, or it tests nothing
        assertThat(tally.jtsValid).isBetween(100, tally.rings - 100);
        assertThat(tally.provenShareOfValid()).isEqualTo(1.0);
    }

    /** A random walk on a grid that then walks back the way it came: always invalid. */
    @Test
    void neverProvesARingThatRetracesItself() {
        Random random = new Random(7);
        Tally tally = new Tally();
        for (int n = 0; n < 5_000; n++) {
            Coordinate[] path = new Coordinate[3 + random.nextInt(18)];
            for (int i = 0; i < path.length; i++) {
                path[i] = gridPoint(random, 4 + random.nextInt(20));
            }
            Coordinate[] open = Arrays.copyOf(path, 2 * path.length - 2);
            for (int i = path.length; i < open.length; i++) {
                open[i] = path[2 * path.length - 2 - i].copy();
            }
            tally.judge(closed(open));
        }
        assertThat(tally.jtsValid).isZero();
    }

    /** Star-shaped rings around a random centre at WGS84 coordinates, every angle gap below 180°: all simple. */
    @Test
    void provesValidStarShapedRingsSimple() {
        Random random = new Random(42);
        Tally tally = new Tally();
        for (int n = 0; n < 10_000; n++) {
            tally.judge(closed(star(random, 3 + random.nextInt(37))));
        }
        assertThat(tally.jtsValid).isEqualTo(tally.rings);
        assertThat(tally.provenShareOfValid()).isEqualTo(1.0);
    }

    /** A star-shaped ring with one corner moved onto another corner, onto another edge or next to one. */
    @Test
    void neverProvesAStarWithACornerMovedOntoAnotherEdge() {
        Random random = new Random(99);
        Tally tally = new Tally();
        for (int n = 0; n < 10_000; n++) {
            Coordinate[] open = star(random, 4 + random.nextInt(36));
            int k = random.nextInt(open.length);
            int j = (k + 1 + random.nextInt(open.length - 1)) % open.length;
            Coordinate a = open[j];
            Coordinate b = open[(j + 1) % open.length];
            double t = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 0.5;
                default -> random.nextDouble();
            };
            double nudge = random.nextInt(3) == 0 ? (random.nextInt(3) - 1) * 1e-9 : 0;
            open[k] = new Coordinate(a.x + t * (b.x - a.x) + nudge, a.y + t * (b.y - a.y));
            tally.judge(closed(open));
        }
        assertThat(tally.jtsValid).isBetween(100, tally.rings - 100);
        assertThat(tally.provenShareOfValid()).isEqualTo(1.0);
    }

    /**
     * Slivers at 30.0 E 50.0 N whose corners differ by a few 1e-9°, which doubles cannot hold exactly: corners
     * on a tiny grid of such steps, and thin rings out along a line and back with offsets of 0 or ±1e-9°.
     */
    @Test
    void neverProvesANearDegenerateSliverThatJtsRejects() {
        Random random = new Random(1_000_000_007);
        Tally grid = new Tally();
        Tally thin = new Tally();
        for (int n = 0; n < 10_000; n++) {
            Coordinate[] open = new Coordinate[3 + random.nextInt(12)];
            for (int i = 0; i < open.length; i++) {
                open[i] = new Coordinate(30.0 + random.nextInt(4) * 1e-9, 50.0 + random.nextInt(4) * 1e-9);
            }
            grid.judge(closed(open));
        }
        for (int n = 0; n < 10_000; n++) {
            double x0 = 30 + random.nextInt(1000) * 1e-7;
            double y0 = 50 + random.nextInt(1000) * 1e-7;
            double dx = (1 + random.nextInt(9)) * 1e-5;
            double dy = (random.nextInt(9) - 4) * 1e-5;
            int half = 2 + random.nextInt(8);
            Coordinate[] open = new Coordinate[2 * half];
            for (int i = 0; i < half; i++) {
                open[i] = sliverPoint(random, x0, y0, dx, dy, i);
                open[2 * half - 1 - i] = sliverPoint(random, x0, y0, dx, dy, i + (i == 0 ? 0 : random.nextInt(2)));
            }
            thin.judge(closed(open));
        }
        assertThat(grid.jtsValid).isBetween(100, grid.rings - 100);
        assertThat(thin.jtsValid).isBetween(100, thin.rings - 100);
        assertThat(grid.provenShareOfValid()).isEqualTo(1.0);
        assertThat(thin.provenShareOfValid()).isEqualTo(1.0);
    }

    /**
     * A corner moved onto a point of another edge and then a few units in the last place away from it, near
     * 0 N 0 E where coordinates change sign, so that their differences round: a plain floating-point cross
     * product gets the side of the edge wrong here, and only exact predicates keep the fast check safe.
     */
    @Test
    void neverProvesACornerAFewUlpsFromAnotherEdgeWhereCoordinatesChangeSign() {
        Random random = new Random(5);
        Tally tally = new Tally();
        for (int n = 0; n < 20_000; n++) {
            int corners = 4 + random.nextInt(8);
            double cx = (random.nextDouble() - 0.5) * 0.002;
            double cy = (random.nextDouble() - 0.5) * 0.002;
            Coordinate[] open = new Coordinate[corners];
            for (int i = 0; i < corners; i++) {
                double angle = (i + 0.4 * random.nextDouble()) * 2 * Math.PI / corners;
                double radius = 0.002 * (0.2 + random.nextDouble());
                open[i] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
            }
            int k = random.nextInt(corners);
            int j = (k + 2 + random.nextInt(corners - 3)) % corners;
            Coordinate a = open[j];
            Coordinate b = open[(j + 1) % corners];
            double t = random.nextDouble();
            open[k] = new Coordinate(ulpsAway(a.x + t * (b.x - a.x), random.nextInt(5) - 2),
                    ulpsAway(a.y + t * (b.y - a.y), random.nextInt(5) - 2));
            tally.judge(closed(open));
        }
        assertThat(tally.jtsValid).isBetween(100, tally.rings - 100);
        assertThat(tally.provenShareOfValid()).isEqualTo(1.0);
    }

    private static double ulpsAway(double value, int ulps) {
        double v = value;
        for (int i = 0; i < Math.abs(ulps); i++) {
            v = ulps > 0 ? Math.nextUp(v) : Math.nextDown(v);
        }
        return v;
    }

    private static Coordinate sliverPoint(Random random, double x0, double y0, double dx, double dy, int i) {
        double offset = (random.nextInt(3) - 1) * 1e-9;
        return new Coordinate(x0 + i * dx - offset * dy / Math.abs(dx), y0 + i * dy + offset);
    }

    private static Coordinate[] star(Random random, int corners) {
        double cx = 30 + random.nextDouble();
        double cy = 50 + random.nextDouble();
        Coordinate[] open = new Coordinate[corners];
        for (int i = 0; i < corners; i++) {
            // each corner in its own sector, jittered by up to 0.4 of a sector: gaps stay below 180° from 4 up
            double angle = (i + 0.4 * random.nextDouble()) * 2 * Math.PI / Math.max(corners, 4);
            double radius = 0.0005 + 0.004 * random.nextDouble();
            open[i] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
        }
        return open;
    }
}
