package org.mineledger.geo.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;

/**
 * Faults of whole areas, holes included, and overlaps measured on the real land. Reference areas from
 * GeographicLib's Planimeter 2.x ({@code Planimeter -p 9}): 58.0003–58.0005 N × 27.0003–27.0005 E 263.4402 m²,
 * its corner 58.0003–58.0004 N × 27.0003–27.0004 E 65.8602 m².
 */
class AreaValidityTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<GeoPoint> SQUARE = List.of(p(58, 27), p(58, 27.001), p(58.001, 27.001), p(58.001, 27));
    private static final List<GeoPoint> HOLE = List.of(p(58.0002, 27.0002), p(58.0002, 27.0004), p(58.0004, 27.0004),
            p(58.0004, 27.0002));
    /** A small area wholly inside HOLE. */
    private static final List<GeoPoint> IN_HOLE = List.of(p(58.00025, 27.00025), p(58.00025, 27.00035),
            p(58.00035, 27.00035), p(58.00035, 27.00025));

    @Test
    void anAreaLyingInAnotherAreasHoleDoesNotOverlapIt() {
        Polygon withHole = polygon(SQUARE, HOLE);
        Polygon small = polygon(IN_HOLE);
        assertThat(new AreaValidity(IN_HOLE, List.of(), List.of(new Neighbour("HA-0001", withHole)), 1.0).problems())
                .isEmpty();
        assertThat(new AreaValidity(SQUARE, List.of(HOLE), List.of(new Neighbour("HA-0002", small)), 1.0).problems())
                .isEmpty();
    }

    @Test
    void anOverlapAcrossAHoleEdgeCountsOnlyTheLandOutsideTheHoleAndSaysWhereItIs() {
        List<GeoPoint> across = List.of(p(58.0003, 27.0003), p(58.0003, 27.0005), p(58.0005, 27.0005),
                p(58.0005, 27.0003));
        List<ValidityProblem> found = new AreaValidity(SQUARE, List.of(HOLE),
                List.of(new Neighbour("HA-0009 \"Orchard\"", polygon(across))), 1.0).problems();
        assertThat(found).singleElement().satisfies(pr -> {
            assertThat(pr.kind()).isEqualTo(ProblemKind.OVERLAP);
            // 263.4402 − 65.8602 m²: the neighbour less the corner of it that lies in hole 1.
            assertThat(pr.message()).startsWith("The area overlaps HA-0009 \"Orchard\" by 197.6 m² around ")
                    .contains(", up to the edge of hole 1 (land inside the hole is not counted); vertex 3 of hole 1 "
                            + "lies inside HA-0009 \"Orchard\". Hazard areas should not overlap");
            assertThat(pr.ring()).isEqualTo(1);
            assertThat(pr.vertex()).isEqualTo(3);
            GeoPoint at = pr.location();
            assertThat(polygon(across).contains(GF.createPoint(new Coordinate(at.lon(), at.lat())))).isTrue();
            assertThat(polygon(HOLE).intersects(GF.createPoint(new Coordinate(at.lon(), at.lat())))).isFalse();
        });
        // Seen from the neighbour, the area with the hole overlaps it by the same land.
        assertThat(new AreaValidity(across, List.of(), List.of(new Neighbour("HA-0001", polygon(SQUARE, HOLE))), 1.0)
                .problems()).singleElement().satisfies(pr -> assertThat(pr.message())
                        .startsWith("The area overlaps HA-0001 by 197.6 m² around ")
                        .doesNotContain("hole"));
    }

    @Test
    void anOverlapNamesTheFirstCornerOfTheAreaInsideTheOther() {
        List<GeoPoint> overCorner = List.of(p(58.0008, 27.0008), p(58.0008, 27.0012), p(58.0012, 27.0012),
                p(58.0012, 27.0008));
        List<ValidityProblem> found = new AreaValidity(SQUARE, List.of(HOLE),
                List.of(new Neighbour("HA-0004", polygon(overCorner))), 1.0).problems();
        assertThat(found).singleElement().satisfies(pr -> {
            assertThat(pr.ring()).isZero();
            assertThat(pr.vertex()).isEqualTo(3);
            assertThat(pr.message()).contains("; vertex 3 of the outer boundary lies inside HA-0004.");
        });
    }

    @Test
    void reportsFaultsOfTheBoundaryAndOfEachHoleWithTheirRing() {
        List<GeoPoint> bowTieHole = List.of(p(58.0002, 27.0002), p(58.0004, 27.0004), p(58.0004, 27.0002),
                p(58.0002, 27.0004));
        List<GeoPoint> shell = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3));
        AreaValidity v = new AreaValidity(shell, List.of(bowTieHole), List.of(), 1.0);
        assertThat(v.problems()).extracting(ValidityProblem::ring, ValidityProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, ProblemKind.DUPLICATE_VERTEX),
                org.assertj.core.groups.Tuple.tuple(1, ProblemKind.SELF_INTERSECTION));
        assertThat(v.problems().get(1).message()).startsWith("Hole 1: Edges 1–2 and 3–4 cross at 58.000300 N");
        assertThat(v.canBeSaved()).isFalse();
        assertThat(v.fixPreview().acceptable()).isTrue();
    }

    @Test
    void checksAStoredPolygonWithItsHoles() {
        AreaValidity v = AreaValidity.of(polygon(SQUARE, HOLE), List.of(new Neighbour("HA-0002", polygon(IN_HOLE))),
                1.0);
        assertThat(v.problems()).isEmpty();
        assertThat(v.fixPreview().areaAfter_m2()).isCloseTo(6585.9879 - 263.4410, within(0.001));
    }

    @SafeVarargs
    private static Polygon polygon(List<GeoPoint> shell, List<GeoPoint>... holes) {
        LinearRing[] inner = new LinearRing[holes.length];
        for (int i = 0; i < holes.length; i++) {
            inner[i] = GF.createLinearRing(Rings.closed(holes[i]));
        }
        return GF.createPolygon(GF.createLinearRing(Rings.closed(shell)), inner);
    }

    private static GeoPoint p(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }
}
