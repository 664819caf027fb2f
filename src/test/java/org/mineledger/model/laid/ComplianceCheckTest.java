package org.mineledger.model.laid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mineledger.model.laid.LaidRecords.leg;
import static org.mineledger.model.laid.LaidRecords.mine;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineledger.geo.Distance;
import org.mineledger.model.laid.ComplianceFinding.Kind;

class ComplianceCheckTest {

    @Test
    void completeHandLaidRecordInAMarkedFencedMonitoredAreaHasNoFindings() {
        assertThat(new ComplianceCheck(LaidRecords.complete("MF-1")).findings()).isEmpty();
    }

    @Test
    void mineTotalsAreAddedUpFromTheStripsByModelAndCategory() {
        MineTotals t = LaidRecords.complete("MF-1").totals();
        assertThat(t.byModel()).containsExactly(java.util.Map.entry("PMN-2", 40), java.util.Map.entry("TM-62M", 36));
        assertThat(t.ap()).isEqualTo(40);
        assertThat(t.at()).isEqualTo(36);
        assertThat(t.total()).isEqualTo(76);
    }

    @Test
    void handLaidApMinesWithoutSelfDestructNeedMarkingFencingAndMonitoring() {
        LaidMinefieldRecord r = LaidRecords.withStrips("MF-2", LaidRecords.complete("MF-2").strips(), "", "", "");
        assertThat(new ComplianceCheck(r).findings()).extracting(ComplianceFinding::field)
                .containsExactly("marking", "fencing", "monitoring");
        assertThat(new ComplianceCheck(r).findings()).allSatisfy(f -> assertThat(f.rule()).isEqualTo("APII Art. 5(2)(a)"));
    }

    @Test
    void atOnlyFieldNeedsNoMarkedArea() {
        Strip at = new Strip("A", "A1", "A2", null, List.of(leg(90, 50)),
                List.of(mine("TM-62M", MineCategory.AT, 10, Emplacement.MECHANICAL, null, null)));
        assertThat(new ComplianceCheck(LaidRecords.withStrips("MF-3", List.of(at), "", "", "")).findings()).isEmpty();
    }

    @Test
    void remotelyDeliveredApMineWithSelfDestructOver30DaysIsOutOfBoundsAndMissingDeactivationIsNamed() {
        Strip s = new Strip("C", "C1", "C2", null, List.of(leg(90, 50)),
                List.of(mine("PFM-1S", MineCategory.AP, 64, Emplacement.REMOTE, Duration.ofDays(31), null)));
        List<ComplianceFinding> f = new ComplianceCheck(LaidRecords.withStrips("MF-4", List.of(s), "", "", ""))
                .findings();
        assertThat(f).extracting(ComplianceFinding::field, ComplianceFinding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("strip C / PFM-1S / self-destruct", Kind.OUT_OF_BOUNDS),
                org.assertj.core.groups.Tuple.tuple("strip C / PFM-1S / self-deactivation", Kind.MISSING));
        assertThat(f.get(0).message()).contains("31.0 days").contains("30 days");
    }

    @Test
    void remotelyDeliveredApMineWithin30And120DaysIsCompliantWithoutMarkedArea() {
        Strip s = new Strip("C", "C1", "C2", null, List.of(leg(90, 50)), List.of(mine("PFM-1S", MineCategory.AP,
                64, Emplacement.REMOTE, Duration.ofDays(30), Duration.ofDays(120))));
        assertThat(new ComplianceCheck(LaidRecords.withStrips("MF-5", List.of(s), "", "", "")).findings()).isEmpty();
    }

    @Test
    void missingFuzeIsNamedByStripAndModel() {
        Strip s = new Strip("B", "B1", "B2", null, List.of(leg(90, 50)), List.of(new MineEntry("TM-62M",
                MineCategory.AT, 5, Distance.ofMetres(5), "", "", Emplacement.HAND, null, null)));
        assertThat(new ComplianceCheck(LaidRecords.withStrips("MF-6", List.of(s), "m", "f", "p")).findings())
                .extracting(ComplianceFinding::field).containsExactly("strip B / TM-62M / fuze");
    }

    @Test
    void stripsAndLanesOutsideThePerimeterAreNamedWithHowFarOutside() {
        // complete(): TP1 20 m north of RP, a 100 m square running east and south (0..100 m E, -80..20 m N of RP)
        LaidMinefieldRecord ok = LaidRecords.complete("MF-9");
        Strip far = new Strip("A", "A1", "A2", leg(0, 500), List.of(leg(90, 80)), ok.strips().get(0).mines());
        Strip inside = new Strip("B", "B1", "B2", leg(180, 40), List.of(leg(90, 80)), ok.strips().get(1).mines());
        LaneOrGap lane = new LaneOrGap("Lane 1", false, Distance.ofMetres(8), leg(90, 50), null, leg(0, 60), true,
                false, "north across the trace");
        LaidMinefieldRecord r = new LaidMinefieldRecord(ok.identity(), ok.layingStarted(), ok.layingCompleted(),
                ok.landmark(), ok.landmarkToReference(), ok.referenceToFirstPoint(), ok.perimeter(), ok.north(),
                ok.closureTolerance(), List.of(far, inside), List.of(lane), ok.marking(), ok.fencing(),
                ok.monitoring(), ok.laidBy(), ok.verifiedBy(), ok.notes());

        List<ComplianceFinding> f = new ComplianceCheck(r).findings();
        assertThat(f).extracting(ComplianceFinding::field, ComplianceFinding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("strip A", Kind.OUT_OF_BOUNDS),
                org.assertj.core.groups.Tuple.tuple("Lane 1", Kind.OUT_OF_BOUNDS));
        // strip A runs 500 m north of RP, the perimeter's north edge is 20 m north: 480 m outside
        assertThat(f.get(0).message()).contains("Strip A lies outside the perimeter", "80 of its 80 m",
                "start marker 480.0 m outside", "end marker 480.0 m outside");
        // the lane starts on the north edge (50 m east of RP) and runs 60 m north: 40 m of it outside
        assertThat(f.get(1).message()).contains("Lane 1", "40 of its 60 m", "exit marker 40.0 m outside");
        assertThat(new ComplianceCheck(ok).findings()).isEmpty();
    }

    @Test
    void perimeterThatDoesNotCloseIsOutOfBounds() {
        LaidMinefieldRecord ok = LaidRecords.complete("MF-7");
        LaidMinefieldRecord open = new LaidMinefieldRecord(ok.identity(), ok.layingStarted(), ok.layingCompleted(),
                ok.landmark(), ok.landmarkToReference(), ok.referenceToFirstPoint(),
                List.of(leg(90, 100), leg(180, 100), leg(270, 100), leg(0, 97)), ok.north(), ok.closureTolerance(),
                ok.strips(), ok.lanesAndGaps(), ok.marking(), ok.fencing(), ok.monitoring(), ok.laidBy(),
                ok.verifiedBy(), ok.notes());
        List<ComplianceFinding> f = new ComplianceCheck(open).findings();
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("perimeter");
            assertThat(x.message()).contains("gap 3.00 m");
        });
    }

    @Test
    void phonyFieldWithMinesAndUnsignedRecordAreReported() {
        LaidMinefieldRecord ok = LaidRecords.complete("MF-8");
        LaidMinefieldRecord r = new LaidMinefieldRecord(new MinefieldIdentity("MF-8", MinefieldType.PHONY, "", "",
                "", ""), null, null, ok.landmark(), null, null, ok.perimeter(), ok.north(), ok.closureTolerance(),
                ok.strips(), List.of(), ok.marking(), ok.fencing(), ok.monitoring(), "", "", "");
        assertThat(new ComplianceCheck(r).findings()).extracting(ComplianceFinding::field).contains("unit",
                "officer in charge", "laying started", "laying completed", "laid by", "verified by",
                "reference point", "strip A", "strip B");
    }

    @Test
    void refusesCompletionBeforeStartAndDuplicateStripLabels() {
        LaidMinefieldRecord ok = LaidRecords.complete("MF-9");
        assertThatThrownBy(() -> new LaidMinefieldRecord(ok.identity(), ok.layingCompleted(), ok.layingStarted(),
                ok.landmark(), ok.landmarkToReference(), ok.referenceToFirstPoint(), ok.perimeter(), ok.north(),
                ok.closureTolerance(), ok.strips(), ok.lanesAndGaps(), "", "", "", "", "", ""))
                .hasMessageContaining("laying completed").hasMessageContaining("before laying started");
        Strip a = ok.strips().get(0);
        assertThatThrownBy(() -> LaidRecords.withStrips("MF-9", List.of(a, a), "", "", ""))
                .hasMessageContaining("same label");
    }
}
