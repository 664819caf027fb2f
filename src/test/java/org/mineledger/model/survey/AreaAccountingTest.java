package org.mineledger.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Expected areas from GeographicLib's Planimeter 2.x, e.g.
 * {@code printf "60 24\n60 24.002\n60.001 24.002\n60.001 24\n" | Planimeter -p 1} → 12433.4 m².
 */
class AreaAccountingTest {
    private static final GeometryFactory F = new GeometryFactory(new PrecisionModel(), 4326);
    /** Planimeter: lon 24.000–24.002, lat 60.000–60.001. */
    private static final double ORIGINAL_M2 = 12433.4;

    static Polygon box(double lon0, double lat0, double lon1, double lat1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1), new Coordinate(lon0, lat1), new Coordinate(lon0, lat0)});
    }

    static final Polygon HAZARD = box(24.0, 60.0, 24.002, 60.001);

    @Test
    void originalEqualsCancelledPlusReducedPlusClearedPlusRemainingToOneSquareMetre() {
        var a = new AreaAccounting("HA-0001", HAZARD, List.of(
                new LandReleaseEvent(ReleaseKind.CANCELLED, box(24.0, 60.0, 24.001, 60.001), "NTS interviews",
                        LocalDate.parse("2026-04-01")),
                new LandReleaseEvent(ReleaseKind.CLEARED, box(24.0015, 60.0, 24.002, 60.0005), "manual to 13 cm",
                        LocalDate.parse("2026-05-01"))));
        assertThat(a.originalM2()).isCloseTo(ORIGINAL_M2, within(0.1));
        // Planimeter: lon 24.000–24.001 → 6216.7 m²; lon 24.0015–24.002, lat 60–60.0005 → 1554.2 m²
        assertThat(a.releasedM2(ReleaseKind.CANCELLED)).isCloseTo(6216.7, within(0.1));
        assertThat(a.releasedM2(ReleaseKind.CLEARED)).isCloseTo(1554.2, within(0.1));
        assertThat(a.releasedM2(ReleaseKind.REDUCED)).isZero();
        assertThat(a.remainingM2()).isCloseTo(ORIGINAL_M2 - 6216.7 - 1554.2, within(0.3));
        assertThat(a.balances()).isTrue();
        assertThat(Math.abs(a.imbalanceM2())).isLessThan(AreaAccounting.TOLERANCE_M2);
    }

    @Test
    void refusesReleasePolygonOutsideItsHazardAreaSayingHowMuchLiesOutside() {
        // Half of this box (lon 24.0015–24.0025, lat 60–60.0005; Planimeter 3108.4 m²) lies east of 24.002.
        LandReleaseEvent e = new LandReleaseEvent(ReleaseKind.REDUCED, box(24.0015, 60.0, 24.0025, 60.0005),
                "TS", LocalDate.parse("2026-04-01"));
        assertThatThrownBy(() -> new AreaAccounting("HA-0001", HAZARD, List.of(e)))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("outside hazard area HA-0001")
                .hasMessageContaining("1554.2 m² of its 3108.4 m²")
                .satisfies(x -> assertThat(((ReleaseRefusedException) x).offendingM2()).isCloseTo(1554.2, within(0.1)));
    }

    @Test
    void refusesLandReleasedTwice() {
        List<LandReleaseEvent> events = List.of(
                new LandReleaseEvent(ReleaseKind.CANCELLED, box(24.0, 60.0, 24.001, 60.001), "NTS",
                        LocalDate.parse("2026-04-01")),
                new LandReleaseEvent(ReleaseKind.CLEARED, box(24.0005, 60.0, 24.0015, 60.001), "manual",
                        LocalDate.parse("2026-05-01")));
        assertThatThrownBy(() -> new AreaAccounting("HA-0001", HAZARD, events))
                .hasMessageContaining("Release 2 (cleared, 2026-05-01)").hasMessageContaining("already released");
    }
}
