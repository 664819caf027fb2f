package org.mineledger.geo.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;

/**
 * Make-valid of an area with holes. Reference areas from GeographicLib's Planimeter 2.x
 * ({@code printf 'lat lon\n...' | Planimeter -p 9}): the 0.001° square at 58 N 27 E 6585.9879 m², the hole
 * 58.0002–58.0004 N × 27.0002–27.0004 E 263.4410 m², the strip 58.0002–58.0004 N × 27.0008–27.001 E 263.4410 m²,
 * the triangle (58.0002 27.0002, 58.0003 27.0003, 58.0002 27.0004) 65.8604 m².
 */
class AreaRepairTest {
    private static final List<GeoPoint> SQUARE = List.of(p(58, 27), p(58, 27.001), p(58.001, 27.001), p(58.001, 27));
    private static final List<GeoPoint> HOLE = List.of(p(58.0002, 27.0002), p(58.0002, 27.0004), p(58.0004, 27.0004),
            p(58.0004, 27.0002));
    private static final double SQUARE_M2 = 6585.9879;
    private static final double HOLE_M2 = 263.4410;

    @Test
    void keepsTheHoleWhenTheOuterBoundaryIsRepaired() {
        List<GeoPoint> shell = List.of(SQUARE.get(0), SQUARE.get(1), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3));
        FixPreview fix = repair(shell, HOLE);
        assertThat(fix.acceptable()).isTrue();
        Polygon p = fix.singlePolygon().orElseThrow();
        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(corners(p, 0)).containsExactlyElementsOf(SQUARE);
        assertThat(corners(p, 1)).containsExactlyElementsOf(HOLE);
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2 - HOLE_M2, within(0.001));
        assertThat(fix.notes()).singleElement().asString()
                .startsWith("Outer boundary: vertex 3 repeats the place of the vertex before it");
    }

    @Test
    void aHoleCrossingTheOuterBoundaryBecomesANotchOfTheArea() {
        List<GeoPoint> crossing = List.of(p(58.0002, 27.0008), p(58.0002, 27.0012), p(58.0004, 27.0012),
                p(58.0004, 27.0008));
        FixPreview fix = repair(SQUARE, crossing);
        assertThat(fix.acceptable()).isTrue();
        Polygon p = fix.singlePolygon().orElseThrow();
        assertThat(p.getNumInteriorRing()).isZero();
        assertThat(p.getExteriorRing().getNumPoints()).isEqualTo(9); // 4 corners + 4 around the notch + closing
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2 - 263.4410, within(0.001));
        assertThat(fix.notes()).singleElement().asString().startsWith("Hole 1 crossed the outer boundary: the fix "
                + "takes its part inside the area (263.4 m² of 526.9 m²) out of the area");
    }

    @Test
    void aHoleOutsideTheOuterBoundaryIsLeftOutNotAddedAsHazardLand() {
        List<GeoPoint> outside = List.of(p(58.002, 27.0002), p(58.002, 27.0004), p(58.0022, 27.0004),
                p(58.0022, 27.0002));
        FixPreview fix = repair(SQUARE, outside);
        assertThat(fix.acceptable()).isTrue();
        assertThat(fix.singlePolygon().orElseThrow().getNumInteriorRing()).isZero();
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2, within(0.001));
        assertThat(fix.notes()).containsExactly("Hole 1 lies wholly outside the outer boundary, so it took no land out "
                + "of the area: the fix leaves it out.");
        // Plain make-valid of the whole polygon would have made the hole a second piece of hazard land.
        assertThat(GeometryFixer.fix(fix.singlePolygon().get().getFactory().createPolygon(
                fix.singlePolygon().get().getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {
                    fix.singlePolygon().get().getFactory().createLinearRing(Rings.closed(outside))}))
                .getNumGeometries()).isEqualTo(2);
    }

    @Test
    void aBowTieHoleKeepsItsLargerTriangleAndSaysTheOtherStaysHazardous() {
        List<GeoPoint> bowTie = List.of(p(58.0002, 27.0002), p(58.0004, 27.0004), p(58.0004, 27.0002),
                p(58.0002, 27.0004));
        FixPreview fix = repair(SQUARE, bowTie);
        assertThat(fix.acceptable()).isTrue();
        Polygon p = fix.singlePolygon().orElseThrow();
        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(corners(p, 1)).hasSize(3).contains(p(58.0002, 27.0002), p(58.0002, 27.0004))
                .anySatisfy(c -> assertThat(Geodesy.inverse(c, p(58.0003, 27.0003)).distance().metres())
                        .isLessThan(1e-6));
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2 - 65.8604, within(0.001));
        assertThat(fix.notes()).hasSize(2);
        assertThat(fix.notes().get(0)).isEqualTo("Hole 1 crossed or folded back on itself (first at 58.000300 N "
                + "27.000300 E): the fix keeps the land it encloses, in 2 pieces.");
        assertThat(fix.notes().get(1)).startsWith("Part of hole 1 (65.9 m² around 58.000350 N 27.000300 E) "
                + "would touch the rest of hole 1 at 58.000300 N 27.000300 E").contains("leaves that land in the hazard area");
    }

    @Test
    void aHoleThatFoldsBackOnItselfIsRepairedIntoOneHole() {
        // Vertex 3 runs on east past the corner and vertex 4 comes back to it: a fold of zero width.
        List<GeoPoint> folded = List.of(p(58.0002, 27.0002), p(58.0002, 27.0004), p(58.0002, 27.0006),
                p(58.0002, 27.0004), p(58.0004, 27.0004), p(58.0004, 27.0002));
        AreaValidity before = new AreaValidity(SQUARE, List.of(folded), List.of(), 1.0);
        assertThat(before.problems()).extracting(ValidityProblem::kind).contains(ProblemKind.SELF_INTERSECTION);
        FixPreview fix = before.fixPreview();
        assertThat(fix.acceptable()).isTrue();
        Polygon p = fix.singlePolygon().orElseThrow();
        assertThat(corners(p, 1)).containsExactlyElementsOf(HOLE);
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2 - HOLE_M2, within(0.001));
    }

    @Test
    void dropsADuplicateVertexAndASpikeOfAHole() {
        // Vertex 3 repeats vertex 2; vertex 5 goes 55 m north and comes back 0.6 m west of where it left: a 0.6° spike.
        List<GeoPoint> faulty = List.of(p(58.0002, 27.0002), p(58.0002, 27.0004), p(58.0002, 27.0004),
                p(58.0004, 27.0004), p(58.0009, 27.000395), p(58.0004, 27.00039), p(58.0004, 27.0002));
        List<ValidityProblem> found = new AreaValidity(SQUARE, List.of(faulty), List.of(), 1.0).problems();
        assertThat(found).extracting(ValidityProblem::kind).contains(ProblemKind.DUPLICATE_VERTEX, ProblemKind.SPIKE);
        FixPreview fix = repair(SQUARE, faulty);
        assertThat(fix.acceptable()).isTrue();
        assertThat(fix.notes()).anyMatch(n -> n.startsWith("Hole 1: vertex 3 repeats the place of the vertex before "
                + "it (58.000200 N 27.000400 E); the fix drops it."))
                .anyMatch(n -> n.startsWith("Hole 1: vertex 5 (58.000900 N 27.000395 E) is a spike; the fix drops it."));
        List<GeoPoint> hole = corners(fix.singlePolygon().orElseThrow(), 1);
        assertThat(hole).doesNotContain(p(58.0009, 27.000395)).containsSubsequence(HOLE.get(0), HOLE.get(1), HOLE.get(2));
        assertThat(fix.areaAfter_m2()).isCloseTo(SQUARE_M2 - HOLE_M2, within(0.001));
        assertThat(new AreaValidity(corners(fix.singlePolygon().get(), 0), List.of(hole), List.of(), 1.0).problems())
                .isEmpty();
    }

    @Test
    void overlappingHolesAreJoinedIntoOne() {
        List<GeoPoint> second = List.of(p(58.0003, 27.0003), p(58.0003, 27.0006), p(58.0006, 27.0006),
                p(58.0006, 27.0003));
        FixPreview fix = new AreaRepair(SQUARE, List.of(HOLE, second), 1.0).preview();
        assertThat(fix.acceptable()).isTrue();
        assertThat(fix.singlePolygon().orElseThrow().getNumInteriorRing()).isEqualTo(1);
        assertThat(fix.notes()).containsExactly("Holes 1 and 2 overlapped: the fix joins them into one hole.");
    }

    @Test
    void aSplitAreaListsEveryPartAndKeepsNoneForTheUser() {
        List<GeoPoint> bowTie = List.of(p(58, 27), p(58, 27.001), p(58.001, 27), p(58.001, 27.001));
        FixPreview fix = repair(bowTie, List.of(p(58.0001, 27.0004), p(58.0001, 27.0006), p(58.0002, 27.0005)));
        assertThat(fix.parts()).isEqualTo(2);
        assertThat(fix.acceptable()).isFalse();
        assertThat(fix.singlePolygon()).isEmpty();
        // The hole sits in the lower triangle, which keeps it.
        assertThat(fix.fixed().getGeometryN(0).getNumGeometries() + fix.fixed().getGeometryN(1).getNumGeometries())
                .isEqualTo(2);
        assertThat(((Polygon) fix.fixed().getGeometryN(0)).getNumInteriorRing()
                + ((Polygon) fix.fixed().getGeometryN(1)).getNumInteriorRing()).isEqualTo(1);
        assertThat(fix.notes()).last().asString().startsWith("The fix leaves 2 separate parts: part 1, ")
                .contains("part 2, ").contains("none is kept for you")
                .contains("record each part as a hazard area of its own");
    }

    @Test
    void aHoleCoveringTheWholeAreaLeavesNothingAndSaysSo() {
        List<GeoPoint> larger = List.of(p(57.999, 26.999), p(57.999, 27.002), p(58.002, 27.002), p(58.002, 26.999));
        FixPreview fix = repair(SQUARE, larger);
        assertThat(fix.parts()).isZero();
        assertThat(fix.acceptable()).isFalse();
        assertThat(fix.notes()).last().asString().startsWith("The holes cover all the land inside the outer boundary");
    }

    private static FixPreview repair(List<GeoPoint> shell, List<GeoPoint> hole) {
        return new AreaValidity(shell, List.of(hole), List.of(), PolygonValidity.DEFAULT_SPIKE_DEGREES).fixPreview();
    }

    private static List<GeoPoint> corners(Polygon p, int ring) {
        return Rings.corners(ring == 0 ? p.getExteriorRing() : p.getInteriorRingN(ring - 1));
    }

    private static GeoPoint p(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }
}
