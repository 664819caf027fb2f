package org.mineledger.plan.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class PriorityScoreTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static Polygon box(double lon0, double lat0, double lon1, double lat1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1), new Coordinate(lon0, lat1), new Coordinate(lon0, lat0)});
    }

    @Test
    void measuresTheGeodesicDistanceToTheNearestSettlement() {
        var village = GF.createPoint(new Coordinate(27.1100, 58.0010));
        PriorityScore score = new PriorityScore(PriorityWeights.defaults(),
                new NearbyFeatures(List.of(village), List.of(), List.of(), List.of()));
        // printf '58.0010 27.1100 58.0010 27.1010\n' | GeodSolve -i -p 6  ->  532.180921 m
        assertThat(score.nearestM(box(27.1000, 58.0000, 27.1010, 58.0020), List.of(village)))
                .isCloseTo(532.180921, within(0.05));
    }

    @Test
    void ranksByTheWeightedFactorsAndSaysWhy() {
        var village = GF.createPoint(new Coordinate(27.1100, 58.0010));
        PriorityScore score = new PriorityScore(PriorityWeights.defaults(),
                new NearbyFeatures(List.of(village), List.of(), List.of(), List.of()));
        PriorityInput nearVillage = new PriorityInput("HA-0001", box(27.1000, 58.0000, 27.1010, 58.0020),
                false, false, 0);
        PriorityInput requested = new PriorityInput("HA-0002", box(27.2000, 58.0300, 27.2010, 58.0320),
                false, true, 3);
        List<PriorityResult> ranked = score.rank(List.of(requested, nearVillage));
        // HA-0001: 30 × (1 − 532.18 / 2000) = 22.02; HA-0002: community 10 + casualties 10 × min(1, 3/3) = 20
        assertThat(ranked).extracting(PriorityResult::reference).containsExactly("HA-0001", "HA-0002");
        assertThat(ranked.get(0).score()).isCloseTo(22.02, within(0.01));
        assertThat(ranked.get(0).reason()).contains("settlement 532 m (+22.0)");
        assertThat(ranked.get(1).reason()).contains("community request (+10.0)", "3 casualties reported (+10.0)");
        assertThat(ranked.get(1).rank()).isEqualTo(2);
    }

    @Test
    void raisingAWeightChangesTheOrder() {
        var village = GF.createPoint(new Coordinate(27.1100, 58.0010));
        PriorityWeights community = new PriorityWeights(30, 15, 15, 10, 10, 40, 10, 2000);
        PriorityScore score = new PriorityScore(community,
                new NearbyFeatures(List.of(village), List.of(), List.of(), List.of()));
        List<PriorityResult> ranked = score.rank(List.of(
                new PriorityInput("HA-0001", box(27.1000, 58.0000, 27.1010, 58.0020), false, false, 0),
                new PriorityInput("HA-0002", box(27.2000, 58.0300, 27.2010, 58.0320), false, true, 0)));
        assertThat(ranked.get(0).reference()).isEqualTo("HA-0002");
    }
}
