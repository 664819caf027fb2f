package org.mineledger.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathMeasureTest {
    private static final List<GeoPoint> PATH =
            List.of(new GeoPoint(58.0, 27.1), new GeoPoint(58.01, 27.12), new GeoPoint(58.005, 27.14));

    @Test
    void lengthIsTheSumOfGeodesicsLikeGeodSolve() {
        // GeodSolve -i -p 9: 1624.434739282 m and 1306.988342423 m
        assertThat(PathMeasure.of(PATH).length().metres()).isCloseTo(1624.434739282 + 1306.988342423, within(1e-6));
        assertThat(PathMeasure.of(PATH.subList(0, 1)).length().metres()).isZero();
    }

    @Test
    void areaOfTheClosedRingIsLikePlanimeterWhateverTheWindingOrder() {
        // Planimeter -p 9 on the three points: 3 5361.249684896 -987613.9670 (clockwise, hence negative)
        PathMeasure m = PathMeasure.of(PATH);
        assertThat(m.areaSquareMetres()).isCloseTo(987613.9670, within(1e-3));
        assertThat(m.closedPerimeter().metres()).isCloseTo(5361.249684896, within(1e-6));
        assertThat(PathMeasure.of(List.of(PATH.get(2), PATH.get(1), PATH.get(0))).areaSquareMetres())
                .isCloseTo(987613.9670, within(1e-3));
        assertThat(PathMeasure.of(PATH.subList(0, 2)).areaSquareMetres()).isZero();
    }
}
