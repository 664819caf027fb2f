package org.mineledger.model.laid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;

/** Lanes and gaps: validated, and their markers placed on the ellipsoid from the reference point. */
class LaneOrGapTest {

    private static LaidMinefieldRecord withLanes(List<LaneOrGap> lanes) {
        LaidMinefieldRecord r = LaidRecords.complete("MF-1");
        return new LaidMinefieldRecord(r.identity(), r.layingStarted(), r.layingCompleted(), r.landmark(),
                r.landmarkToReference(), r.referenceToFirstPoint(), r.perimeter(), r.north(), r.closureTolerance(),
                r.strips(), lanes, r.marking(), r.fencing(), r.monitoring(), r.laidBy(), r.verifiedBy(), r.notes());
    }

    @Test
    void laneMarkersFollowTheGeodesicFromTheReferencePoint() {
        LaneOrGap lane = new LaneOrGap("Lane 1", false, Distance.ofMetres(8), LaidRecords.leg(0, 30), null,
                LaidRecords.leg(90, 80), true, false, "white tape");
        LaidMinefieldRecord r = withLanes(List.of(lane));
        LaneEnds ends = r.laneEnds(lane);
        // GeodSolve -p 12: "60 24 90 100" gives RP, then RP "0 30" the entry, then entry "90 80" the exit
        assertThat(ends.entry().lat()).isCloseTo(60.000269257957790, within(1e-9));
        assertThat(ends.entry().lon()).isCloseTo(24.001792114644399, within(1e-9));
        assertThat(ends.exit().lat()).isCloseTo(60.000269250177510, within(1e-9));
        assertThat(ends.exit().lon()).isCloseTo(24.003225818010296, within(1e-9));
        assertThat(lane.state()).isEqualTo("lane, marked");
    }

    @Test
    void laneGivenByCoordinatesKeepsThemAndAnUnplacedGapHasNoEnds() {
        GeoPoint at = new GeoPoint(60.0003, 24.0019);
        LaneOrGap lane = new LaneOrGap("Lane 2", false, Distance.ofMetres(4), null, at, null, false, true, "");
        LaneOrGap gap = new LaneOrGap("Gap A1", true, Distance.ofMetres(10), "strip A, 20 m from A1");
        LaidMinefieldRecord r = withLanes(List.of(lane, gap));
        assertThat(r.laneEnds(lane)).isEqualTo(new LaneEnds(at, null));
        assertThat(r.laneEnds(gap)).isEqualTo(new LaneEnds(null, null));
        assertThat(lane.state()).isEqualTo("lane, not marked, closed");
    }

    @Test
    void refusesZeroOrImplausibleWidthAndTwoEntryPositions() {
        assertThatThrownBy(() -> new LaneOrGap("Lane 1", false, Distance.ofMetres(0), ""))
                .hasMessageContaining("Lane 1: width 0.0 m is not plausible");
        assertThatThrownBy(() -> new LaneOrGap("Lane 1", false, Distance.ofMetres(800), ""))
                .hasMessageContaining("at most 500 m");
        assertThatThrownBy(() -> new LaneOrGap("Lane 1", false, Distance.ofMetres(8), LaidRecords.leg(0, 30),
                new GeoPoint(60, 24), null, true, false, "")).hasMessageContaining("either by bearing and distance "
                + "from the reference point or by coordinates, not both");
        assertThatThrownBy(() -> new LaneOrGap(" ", true, Distance.ofMetres(8), "")).hasMessageContaining("label");
    }

    @Test
    void refusesTwoLanesWithOneLabelAndAMagneticCourseWithoutDeclination() {
        assertThatThrownBy(() -> withLanes(List.of(new LaneOrGap("Lane 1", false, Distance.ofMetres(8), ""),
                new LaneOrGap("lane 1", true, Distance.ofMetres(5), "")))).hasMessageContaining("two lanes or gaps "
                + "with the same label");
        TraverseLeg magnetic = new TraverseLeg(Bearing.degrees(90, NorthReference.MAGNETIC), Distance.ofMetres(80));
        assertThatThrownBy(() -> withLanes(List.of(new LaneOrGap("Lane 1", false, Distance.ofMetres(8),
                LaidRecords.leg(0, 30), null, magnetic, true, false, "")))).hasMessageContaining("Lane 1 (course)")
                .hasMessageContaining("no declination was entered");
    }
}
