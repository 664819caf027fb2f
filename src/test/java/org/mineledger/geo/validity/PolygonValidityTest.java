package org.mineledger.geo.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;

/**
 * Hand-made polygons whose faults are known by construction. Reference areas come from GeographicLib's
 * Planimeter 2.x ({@code printf 'lat lon\n...' | Planimeter -p 9}).
 */
class PolygonValidityTest {
    /** A square of 0.001° at 58 N 27 E, about 59 m by 111 m. */
    private static final List<GeoPoint> SQUARE = List.of(p(58, 27), p(58, 27.001), p(58.001, 27.001), p(58.001, 27));

    @Test
    void aPlainSquareHasNoProblems() {
        PolygonValidity v = PolygonValidity.ofClosedRing(SQUARE);
        assertThat(v.problems()).isEmpty();
        assertThat(v.canBeSaved()).isTrue();
    }

    @Test
    void reportsTheCrossingOfABowTieWithBothEdgesAndThePlace() {
        List<GeoPoint> bowTie = List.of(p(58, 27), p(58.001, 27.001), p(58, 27.001), p(58.001, 27));
        PolygonValidity v = PolygonValidity.ofClosedRing(bowTie);
        assertThat(v.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.kind()).isEqualTo(ProblemKind.SELF_INTERSECTION);
            assertThat(pr.message()).startsWith("Edges 1–2 and 3–4 cross at 58.000500 N 27.000500 E.");
            assertThat(pr.location().lat()).isCloseTo(58.0005, within(1e-12));
            assertThat(pr.location().lon()).isCloseTo(27.0005, within(1e-12));
        });
        assertThat(v.canBeSaved()).isFalse();
    }

    @Test
    void reportsEveryCrossingOfAPentagram() {
        List<GeoPoint> star = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double a = Math.toRadians(90 + i * 144);
            star.add(p(58 + 0.001 * Math.sin(a), 27 + 0.002 * Math.cos(a)));
        }
        List<ValidityProblem> problems = PolygonValidity.ofClosedRing(star).problems();
        // Each of the 5 edges of a pentagram crosses the two edges that are not its neighbours: 5 crossings.
        assertThat(problems).hasSize(5).allMatch(pr -> pr.kind() == ProblemKind.SELF_INTERSECTION);
        assertThat(problems).extracting(ValidityProblem::message)
                .anyMatch(m -> m.startsWith("Edges 1–2 and 3–4 cross"))
                .anyMatch(m -> m.startsWith("Edges 1–2 and 4–5 cross"))
                .anyMatch(m -> m.startsWith("Edges 2–3 and 4–5 cross"))
                .anyMatch(m -> m.startsWith("Edges 2–3 and 5–1 cross"))
                .anyMatch(m -> m.startsWith("Edges 3–4 and 5–1 cross"));
    }

    @Test
    void reportsADuplicateConsecutiveVertexByTheNumberToDelete() {
        List<GeoPoint> ring = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(2), SQUARE.get(3));
        List<ValidityProblem> problems = PolygonValidity.ofClosedRing(ring).problems();
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.kind()).isEqualTo(ProblemKind.DUPLICATE_VERTEX);
            assertThat(pr.vertex()).isEqualTo(4);
            assertThat(pr.message()).contains("Vertices 3 and 4 are at the same place").contains("Delete vertex 4");
        });
    }

    @Test
    void reportsAnUnclosedRingAtItsLastVertex() {
        List<GeoPoint> open = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3));
        List<ValidityProblem> problems = new PolygonValidity(open, 1.0).problems();
        assertThat(problems).extracting(ValidityProblem::kind).containsExactly(ProblemKind.UNCLOSED_RING);
        assertThat(problems.get(0).vertex()).isEqualTo(4);
    }

    @Test
    void reportsTooFewCornersWhenOnlyTwoPlacesRemain() {
        List<GeoPoint> ring = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(1));
        List<ValidityProblem> problems = PolygonValidity.ofClosedRing(ring).problems();
        assertThat(problems).extracting(ValidityProblem::kind)
                .containsExactly(ProblemKind.DUPLICATE_VERTEX, ProblemKind.TOO_FEW_VERTICES);
        assertThat(problems.get(1).message()).contains("2 separate corners");
    }

    @Test
    void reportsASpikeSharperThanTheThresholdButNotAnOrdinaryCorner() {
        // Vertex 3 goes 0.01° east and comes back to 0.00001° north of vertex 2: an angle far below 1° at vertex 3.
        List<GeoPoint> ring = List.of(p(58, 27), p(58, 27.001), p(58.0005, 27.011), p(58.00001, 27.001),
                p(58.001, 27.001), p(58.001, 27));
        List<ValidityProblem> problems = PolygonValidity.ofClosedRing(ring).problems();
        assertThat(problems).filteredOn(pr -> pr.kind() == ProblemKind.SPIKE).singleElement()
                .satisfies(pr -> assertThat(pr.vertex()).isEqualTo(3));
        assertThat(PolygonValidity.ofClosedRing(ring).canBeSaved()).isTrue();
    }

    @Test
    void aCornerThatGoesStraightBackIsAFoldThatBlocksSaving() {
        // Vertex 3 sits on the line from vertex 2 eastwards and vertex 4 goes back to halfway along it.
        List<GeoPoint> ring = List.of(p(58, 27), p(58, 27.001), p(58, 27.002), p(58, 27.0015), p(58.001, 27.001),
                p(58.001, 27));
        PolygonValidity v = PolygonValidity.ofClosedRing(ring);
        assertThat(v.problems()).filteredOn(pr -> pr.vertex() == 3).singleElement().satisfies(pr -> {
            assertThat(pr.kind()).isEqualTo(ProblemKind.SELF_INTERSECTION);
            assertThat(pr.message()).startsWith("Edges 2–3 and 3–4 run back along each other at vertex 3");
        });
        assertThat(v.canBeSaved()).isFalse();
    }

    @Test
    void measuresTheOverlapWithAnotherHazardAreaGeodesically() {
        Polygon east = polygon(p(58, 27.0005), p(58, 27.0015), p(58.001, 27.0015), p(58.001, 27.0005));
        List<ValidityProblem> problems = new AreaValidity(SQUARE, List.of(),
                List.of(new Neighbour("HA-0007 \"Mill\"", east)), 1.0).problems();
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.kind()).isEqualTo(ProblemKind.OVERLAP);
            assertThat(pr.message()).contains("overlaps HA-0007 \"Mill\" by 3293.0 m²");
        });
    }

    @Test
    void areasThatOnlyShareAnEdgeDoNotOverlap() {
        Polygon neighbour = polygon(p(58, 27.001), p(58, 27.002), p(58.001, 27.002), p(58.001, 27.001));
        assertThat(new AreaValidity(SQUARE, List.of(), List.of(new Neighbour("HA-0002", neighbour)), 1.0).problems())
                .isEmpty();
    }

    @Test
    void makeValidSplitsABowTieIntoTwoTrianglesAndReportsBothAreas() {
        List<GeoPoint> bowTie = List.of(p(58, 27), p(58, 27.001), p(58.001, 27), p(58.001, 27.001));
        FixPreview fix = PolygonValidity.ofClosedRing(bowTie).fixPreview();
        assertThat(fix.parts()).isEqualTo(2);
        assertThat(fix.singlePolygon()).isEmpty();
        // Planimeter: triangles (58 27, 58 27.001, 58.0005 27.0005) 1646.5166 m² and the upper one 1646.4773 m².
        assertThat(fix.areaAfter_m2()).isCloseTo(1646.5166 + 1646.4773, within(0.01));
        assertThat(fix.areaBefore_m2()).isLessThan(1.0);
    }

    @Test
    void makeValidDropsADuplicateVertexAndKeepsTheArea() {
        List<GeoPoint> ring = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3));
        FixPreview fix = PolygonValidity.ofClosedRing(ring).fixPreview();
        assertThat(fix.singlePolygon()).get().satisfies(poly -> assertThat(poly.getNumPoints()).isEqualTo(5));
        // Planimeter -p 9 on the square: 6585.9879 m².
        assertThat(fix.areaAfter_m2()).isCloseTo(fix.areaBefore_m2(), within(1e-6)).isCloseTo(6585.9879, within(0.001));
    }

    private static GeoPoint p(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    private static Polygon polygon(GeoPoint... corners) {
        return new GeometryFactory().createPolygon(Rings.closed(List.of(corners)));
    }
}
