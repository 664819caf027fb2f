package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** The hazard switches of the layers panel as a filter of the map's hazard layer. */
class HazardFilterTest {
    private static HazardArea area(int n, HazardKind kind, HazardStatus status) {
        double x = 27 + n * 0.01;
        var polygon = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(x, 58),
            new Coordinate(x + 0.001, 58), new Coordinate(x + 0.001, 58.001), new Coordinate(x, 58)});
        return HazardArea.draft(HazardReference.numbered(n), "Area " + n, kind, status, polygon, "", Instant.EPOCH);
    }

    @Test
    void showsOnlyAreasWhoseKindAndStatusAreBothTicked() {
        HazardArea sha = area(1, HazardKind.SUSPECTED, HazardStatus.ACTIVE);
        HazardArea cha = area(2, HazardKind.CONFIRMED, HazardStatus.ACTIVE);
        HazardArea cleared = area(3, HazardKind.CONFIRMED, HazardStatus.CLEARED);
        HazardLayer layer = new HazardLayer(List.of(sha, cha, cleared));
        assertThat(HazardFilter.ALL.apply(layer)).isSameAs(layer);
        HazardFilter noCha = HazardFilter.ALL.withKind(HazardKind.CONFIRMED, false);
        assertThat(noCha.apply(layer).shapes()).extracting(HazardLayer.Shape::area).containsExactly(sha);
        HazardFilter notCleared = HazardFilter.ALL.withStatus(HazardStatus.CLEARED, false);
        assertThat(notCleared.apply(layer).shapes()).extracting(HazardLayer.Shape::area)
                .containsExactlyInAnyOrder(sha, cha);
        assertThat(noCha.withKind(HazardKind.CONFIRMED, true).showsAll()).isTrue();
    }
}
