package org.mineledger.plan.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;
import org.mineledger.geo.UtmZone;

/** Box and lane layouts keep the hazard's geodesic area (GeographicLib Planimeter) to 0.1 m². */
class BoxGridTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /**
     * printf '58.0000 27.1000\n58.0004 27.1035\n58.0028 27.1042\n58.0031 27.1011\n58.0015 27.0996\n'
     * | Planimeter -p 9  ->  5 1036.302641355 68986.1135
     */
    private static final double PLANIMETER_M2 = 68986.1135;
    private static final Polygon HAZARD = GF.createPolygon(new Coordinate[] {new Coordinate(27.1000, 58.0000),
        new Coordinate(27.1035, 58.0004), new Coordinate(27.1042, 58.0028), new Coordinate(27.1011, 58.0031),
        new Coordinate(27.0996, 58.0015), new Coordinate(27.1000, 58.0000)});

    @Test
    void tenMetreUtmBoxesAddUpToThePolygonsGeodesicArea() {
        BoxGrid grid = new BoxGrid(HAZARD, new UtmZone(35), 10);
        assertThat(grid.totalAreaM2()).isCloseTo(PLANIMETER_M2, within(0.1));
        assertThat(grid.boxes()).hasSizeGreaterThan(690);
        assertThat(grid.boxes().get(0).label()).isEqualTo("B1");
    }

    @Test
    void fiftyMetreBoxesOnTheEstonianGridAddUpToo() {
        BoxGrid grid = new BoxGrid(HAZARD, Grid.of("epsg:3301"), 50);
        assertThat(grid.totalAreaM2()).isCloseTo(PLANIMETER_M2, within(0.1));
    }

    @Test
    void fullBoxesAreAlignedToTheGridAndMeasureTheirSize() {
        BoxGrid grid = new BoxGrid(HAZARD, new UtmZone(35), 50);
        WorkUnit full = grid.boxes().stream().filter(b -> !b.clipped()).findFirst().orElseThrow();
        // a 50 m grid square near the central meridian of zone 35 (k ≈ 0.9996) is about 2,502 m² on the ground
        assertThat(full.areaM2()).isCloseTo(2500 / (0.9996 * 0.9996), within(2.0));
        for (GeoPoint corner : full.corners()) {
            double[] en = new UtmZone(35).project(corner);
            assertThat(Math.IEEEremainder(en[0], 50)).isCloseTo(0, within(1e-6));
            assertThat(Math.IEEEremainder(en[1], 50)).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void oneMetreLanesAtAnAngleAddUpToThePolygonsArea() {
        LaneLayout lanes = new LaneLayout(HAZARD, new UtmZone(35), 1, 30);
        assertThat(lanes.totalAreaM2()).isCloseTo(PLANIMETER_M2, within(0.1));
        assertThat(lanes.lanes()).hasSizeGreaterThan(200);
    }

    @Test
    void refusesABoxSizeThatWouldMakeMillionsOfBoxes() {
        assertThatThrownBy(() -> new BoxGrid(HAZARD, new UtmZone(35), 0.2))
                .hasMessageContaining("between 1 and 1,000 m");
    }
}
