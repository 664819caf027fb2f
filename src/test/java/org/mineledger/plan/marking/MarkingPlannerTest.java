package org.mineledger.plan.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.NorthReference;

class MarkingPlannerTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * Fictional quadrilateral. Edge lengths from GeographicLib's GeodSolve (independent of MineLedger):
     * printf "58.0000 27.0000 58.0002 27.0020\n58.0002 27.0020 58.0011 27.0018\n..." | GeodSolve -i -p 6
     * gives 120.344932, 100.935123, 118.785574, 112.003779 m.
     */
    private static final Polygon QUAD = polygon(58.0000, 27.0000, 58.0002, 27.0020, 58.0011, 27.0018,
            58.0010, 26.9998);
    private static final double[] QUAD_EDGES = {120.344932, 100.935123, 118.785574, 112.003779};
    /** Counter-clockwise rectangle SW, SE, NE, NW; GeodSolve: edges 100.525865, 100.239891, 100.523343, 100.239891 m. */
    private static final Polygon RECT = polygon(58.0000, 27.0000, 58.0000, 27.0017, 58.0009, 27.0017,
            58.0009, 27.0000);

    @Test
    void signSpacingNeverExceedsTheMaximumAlongTheGeodesicPerimeter() {
        MarkingPlan plan = new MarkingPlanner(QUAD, List.of(), MarkingOptions.defaults()).plan();
        List<Sign> signs = plan.signs();
        for (int i = 0; i < signs.size(); i++) {
            GeoPoint a = signs.get(i).position();
            GeoPoint b = signs.get((i + 1) % signs.size()).position();
            assertThat(Geodesy.inverse(a, b).distance().metres()).as("gap after %s", signs.get(i).number())
                    .isLessThanOrEqualTo(25.0 + 1e-6);
        }
        double perimeter = QUAD_EDGES[0] + QUAD_EDGES[1] + QUAD_EDGES[2] + QUAD_EDGES[3];
        assertThat(plan.perimeter().metres()).isCloseTo(perimeter, within(1e-5));
        // ceil(L / 25) signs per edge: 5 + 5 + 5 + 5
        assertThat(signs).hasSize(20);
        assertThat(signs.get(0).number()).isEqualTo("S-001");
        assertThat(signs.get(19).number()).isEqualTo("S-020");
    }

    @Test
    void everyTurningPointHasASign() {
        MarkingPlan plan = new MarkingPlanner(QUAD, List.of(), MarkingOptions.defaults()).plan();
        for (Coordinate c : QUAD.getExteriorRing().getCoordinates()) {
            GeoPoint tp = new GeoPoint(c.y, c.x);
            assertThat(plan.signs()).anySatisfy(s -> {
                assertThat(s.reason()).isEqualTo(SignReason.TURNING_POINT);
                assertThat(Geodesy.inverse(s.position(), tp).distance().metres()).isLessThan(0.001);
            });
        }
        assertThat(plan.count(SignReason.TURNING_POINT)).isEqualTo(4);
    }

    @Test
    void widerSpacingNeedsFewerSigns() {
        MarkingPlan plan = new MarkingPlanner(QUAD, List.of(),
                MarkingOptions.defaults().withSpacing(Distance.ofMetres(30))).plan();
        assertThat(plan.signs()).hasSize(5 + 4 + 4 + 4); // ceil(L / 30) per edge
    }

    @Test
    void signsFaceOutwardWhicheverWayTheRingTurns() {
        for (Polygon p : List.of(RECT, (Polygon) RECT.reverse())) {
            MarkingPlan plan = new MarkingPlanner(p, List.of(), MarkingOptions.defaults()).plan();
            Sign southWest = nearest(plan, new GeoPoint(58.0000, 27.0000));
            assertThat(southWest.facing().degrees()).isCloseTo(225, within(0.01));
            for (Sign s : plan.signs()) {
                if (s.reason() == SignReason.SPACING && s.position().lat() < 58.00001) {
                    assertThat(s.facing().degrees()).as(s.number()).isCloseTo(180, within(0.01));
                }
                if (s.reason() == SignReason.SPACING && s.position().lat() > 58.00089) {
                    double f = s.facing().degrees();
                    assertThat(Math.min(f, 360 - f)).as(s.number()).isLessThan(0.01);
                }
            }
        }
    }

    @Test
    void aTrackCrossingTheLineGetsASignWhereItCrosses() {
        LineString track = GF.createLineString(new Coordinate[] {
            new Coordinate(27.00085, 57.9990), new Coordinate(27.00085, 58.0020)});
        MarkingPlan plan = new MarkingPlanner(RECT, List.of(track), MarkingOptions.defaults()).plan();
        assertThat(plan.count(SignReason.TRACK_CROSSING)).isEqualTo(2);
        for (Sign s : plan.signs()) {
            if (s.reason() == SignReason.TRACK_CROSSING) {
                assertThat(s.position().lon()).isCloseTo(27.00085, within(1e-7));
            }
        }
        List<Sign> signs = plan.signs();
        for (int i = 0; i < signs.size(); i++) {
            GeoPoint a = signs.get(i).position();
            GeoPoint b = signs.get((i + 1) % signs.size()).position();
            assertThat(Geodesy.inverse(a, b).distance().metres()).isLessThanOrEqualTo(25.0 + 1e-6);
        }
    }

    @Test
    void outerBufferMarksOutsideThePolygon() {
        MarkingPlan plain = new MarkingPlanner(RECT, List.of(), MarkingOptions.defaults()).plan();
        MarkingPlan buffered = new MarkingPlanner(RECT, List.of(),
                MarkingOptions.defaults().withBuffer(Distance.ofMetres(10))).plan();
        // a mitred 10 m offset of a rectangle adds 8 x 10 m (grid metres; UTM scale 0.9996 near 27 E)
        assertThat(buffered.perimeter().metres() - plain.perimeter().metres()).isCloseTo(80.03, within(0.1));
        Sign sw = nearest(buffered, new GeoPoint(58.0000, 27.0000));
        assertThat(sw.number()).as("S-001 stays at the first corner").isEqualTo("S-001");
        assertThat(buffered.signs().get(1).position().lat()).as("and the walk goes east, as the polygon's")
                .isLessThan(58.0);
        // the buffered south-west corner is 10 m south and 10 m west of the polygon's: sqrt(200) m away
        assertThat(Geodesy.inverse(sw.position(), new GeoPoint(58.0000, 27.0000)).distance().metres())
                .isCloseTo(Math.sqrt(200), within(0.05));
        assertThat(buffered.assumptions()).anyMatch(a -> a.contains("UTM zone 35"));
    }

    @Test
    void materialsAndLabourFollowTheStatedRates() {
        MarkingPlan plan = new MarkingPlanner(RECT, List.of(), MarkingOptions.defaults()).plan();
        // pickets: ceil(L / 5) per edge = 21 + 21 + 21 + 21
        assertThat(plan.pickets()).isEqualTo(84);
        double tape = 401.529 * 1.05;
        assertThat(plan.materials()).anySatisfy(m -> {
            assertThat(m.item()).isEqualTo("marking tape");
            assertThat(m.quantity()).isEqualTo(Math.ceil(tape));
        });
        double hours = plan.signs().size() * 15 / 60.0 + 84 * 5 / 60.0 + tape / 200;
        assertThat(plan.labourPersonHours()).isCloseTo(hours, within(0.01));
        assertThat(plan.assumptions()).anyMatch(a -> a.contains("15 min per sign"));
    }

    @Test
    void rejectsASpacingBelowOneMetreWithTheDefaultNamed() {
        assertThatThrownBy(() -> MarkingOptions.defaults().withSpacing(Distance.ofMetres(0.2)))
                .hasMessageContaining("at least 1 m").hasMessageContaining("25 m");
    }

    private static Sign nearest(MarkingPlan plan, GeoPoint p) {
        return plan.signs().stream().min((x, y) -> Double.compare(
                Geodesy.inverse(x.position(), p).distance().metres(),
                Geodesy.inverse(y.position(), p).distance().metres())).orElseThrow();
    }

    static Polygon polygon(double... latLon) {
        Coordinate[] c = new Coordinate[latLon.length / 2 + 1];
        for (int i = 0; i < latLon.length / 2; i++) {
            c[i] = new Coordinate(latLon[2 * i + 1], latLon[2 * i]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    @Test
    void aLineMarkedInTheFieldKeepsItsRecordedSignsAndCountsMaterialsForThem() {
        MarkingOptions wire = MarkingOptions.defaults().withBarrier(BarrierKind.WIRE, 2);
        MarkingPlan planned = new MarkingPlanner(QUAD, List.of(), wire).plan();
        List<Sign> recorded = List.of(
                new Sign("S-007", new GeoPoint(57.9999, 27.0010), Bearing.degrees(180, NorthReference.TRUE),
                        SignReason.SPACING, Distance.ZERO),
                new Sign("S-008", new GeoPoint(58.0006, 27.0020), Bearing.degrees(90, NorthReference.TRUE),
                        SignReason.TRACK_CROSSING, Distance.ofMetres(90)));
        MarkingPlan asMarked = new MarkingPlanner(QUAD, List.of(), wire).asMarked(recorded, "field book p. 3");
        assertThat(asMarked.signs()).isEqualTo(recorded);
        assertThat(asMarked.markedLine()).isEqualTo(planned.markedLine());
        assertThat(asMarked.perimeter().metres()).isCloseTo(planned.perimeter().metres(), within(1e-6));
        assertThat(asMarked.pickets()).isEqualTo(planned.pickets());
        assertThat(asMarked.materials()).filteredOn(m -> m.item().equals("sign post")).singleElement()
                .satisfies(m -> assertThat(m.quantity()).isEqualTo(2));
        assertThat(asMarked.assumptions()).anySatisfy(a -> assertThat(a).contains("field book p. 3", "2 signs"));
        assertThatThrownBy(() -> new MarkingPlanner(QUAD, List.of(), wire).asMarked(List.of(), "nothing"))
                .hasMessageContaining("nothing");
    }
}
