package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineledger.model.laid.LaidRecords.leg;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.laid.Emplacement;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.model.laid.MineCategory;
import org.mineledger.model.laid.Strip;
import org.mineledger.plan.monitoring.ItemKind;
import org.mineledger.plan.monitoring.MonitoringRules;
import org.mineledger.plan.monitoring.MonitoringScheduler;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.mineledger.plan.monitoring.SelfDestructSpec;

/** A signed-off, converted laid minefield gets its self-destruct reviews without 'monitor-setup'. */
class SelfDestructReviewLinkTest {
    @TempDir
    Path dir;

    /** Laying completed 2026-03-02T14:30Z (LaidRecords); remotely delivered AP mines with SD/SDA times. */
    private static LaidMinefieldRecord remote(String number, Duration sd, Duration sda) {
        return LaidRecords.withStrips(number, List.of(new Strip("A", "picket A1", "picket A2", leg(0, 30),
                List.of(leg(90, 80)), List.of(
                        LaidRecords.mine("TM-62M", MineCategory.AT, 10, Emplacement.HAND, null, null),
                        LaidRecords.mine("PFM-X (fictional)", MineCategory.AP, 40, Emplacement.REMOTE, sd, sda),
                        LaidRecords.mine("PFM-Y (fictional)", MineCategory.AP, 8, Emplacement.REMOTE,
                                Duration.ofHours(48), Duration.ofDays(30))))),
                "signs every 25 m", "tape", "patrol");
    }

    @Test
    void convertingASignedOffRecordSchedulesTheReviewsAtTheLongestMineTimes() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            HazardArea area = signedOffAndConverted(new LaidMinefieldStore(ws),
                    remote("MF-7", Duration.ofDays(30), Duration.ofDays(120)));

            SelfDestructSpec sd = new MonitoringStore(ws).records().selfDestruct(area.reference()).orElseThrow();
            assertThat(sd).isEqualTo(new SelfDestructSpec(Instant.parse("2026-03-02T14:30:00Z"), Duration.ofDays(30),
                    Duration.ofDays(120)));
            List<ScheduledItem> items = new MonitoringScheduler(MonitoringRules.defaults()).schedule(ws.hazards(),
                    new MonitoringStore(ws).records(), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-12-31"));
            // due dates from `date -d "2026-03-02 +30 days"` and `+120 days`
            assertThat(items).filteredOn(i -> i.kind() == ItemKind.SELF_DESTRUCT_REVIEW).singleElement()
                    .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.parse("2026-04-01")));
            assertThat(items).filteredOn(i -> i.kind() == ItemKind.SELF_DEACTIVATION_REVIEW).singleElement()
                    .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.parse("2026-06-30")));
            assertThat(ws.auditTrail()).extracting(AuditEntry::entity).contains(MonitoringStore.SELF_DESTRUCT);
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @Test
    void aSignedOffCorrectionMovesTheReviewDates() {
        try (Workspace ws = Workspace.create(dir.resolve("b.gpkg"))) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            HazardArea area = signedOffAndConverted(store, remote("MF-8", Duration.ofDays(30), Duration.ofDays(120)));
            long fix = store.correct(store.forHazard(area.id()).orElseThrow().id(), remote("MF-8", Duration.ofDays(20), Duration.ofDays(60))).id();
            MonitoringStore monitoring = new MonitoringStore(ws);
            assertThat(monitoring.records().selfDestruct(area.reference()).orElseThrow().selfDestruct())
                    .as("a draft correction does not move the reviews").isEqualTo(Duration.ofDays(30));
            store.submit(fix);
            store.signOff(fix, "Maj D. Example", "Commander");
            SelfDestructSpec sd = monitoring.records().selfDestruct(area.reference()).orElseThrow();
            assertThat(sd.selfDestruct()).isEqualTo(Duration.ofDays(20));
            assertThat(sd.selfDeactivationAt()).isEqualTo(Instant.parse("2026-05-01T14:30:00Z"));
        }
    }

    @Test
    void aRecordWithoutSelfDestructMinesGetsNoReviews() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            HazardArea area = signedOffAndConverted(new LaidMinefieldStore(ws), LaidRecords.complete("MF-9"));
            assertThat(new MonitoringStore(ws).records().selfDestruct(area.reference())).isEmpty();
        }
    }

    private static HazardArea signedOffAndConverted(LaidMinefieldStore store, LaidMinefieldRecord record) {
        long id = store.add(record).id();
        store.submit(id);
        store.signOff(id, "Maj D. Example", "Commander");
        return store.convertToHazard(id);
    }
}
