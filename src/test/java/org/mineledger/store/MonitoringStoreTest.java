package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.marking.MarkingFixtures;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.monitoring.EventKind;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.FollowUpRules;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringEvent;
import org.mineledger.plan.monitoring.MonitoringRecords;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.plan.monitoring.SelfDestructSpec;
import org.mineledger.store.AuditEntry.Action;

class MonitoringStoreTest {
    private static final HazardReference HA1 = HazardReference.numbered(1);
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;

    private static InspectionRecord inspection(List<String> missing) {
        return new InspectionRecord(0, HA1, LocalDate.of(2026, 3, 5), "A. Inspector", "Team 2", missing,
                List.of("S-002"), 1, false, false, "fictional training inspection", List.of());
    }

    @Test
    void anInspectionWithAMissingSignStoresItsPhotoAndFollowUpsInOneAuditedChange() {
        Path file = dir.resolve("field.gpkg");
        long id;
        try (Workspace ws = Workspace.create(file)) {
            int before = ws.auditTrail().size();
            InspectionRecord stored = new MonitoringStore(ws).recordInspection(inspection(List.of("S-004")),
                    List.of(new InspectionAttachment("sign-S-004.jpg", "image/jpeg", PHOTO)), FollowUpRules.DEFAULT);
            id = stored.id();
            assertThat(id).isPositive();
            List<AuditEntry> trail = ws.auditTrail();
            assertThat(trail).hasSize(before + 1);
            AuditEntry last = trail.get(trail.size() - 1);
            assertThat(last.action()).isEqualTo(Action.CREATE);
            assertThat(last.entity()).isEqualTo("ml_inspection");
            assertThat(last.afterJson()).contains("Replace missing sign S-004").contains("sign-S-004.jpg");
            assertThat(ws.check().ok()).as(ws.check().problems().toString()).isTrue();
        }
        try (Workspace ws = Workspace.open(file)) {
            MonitoringStore store = new MonitoringStore(ws);
            MonitoringRecords r = store.records();
            assertThat(r.inspections()).singleElement().satisfies(i -> {
                assertThat(i.missingSigns()).containsExactly("S-004");
                assertThat(i.damagedSigns()).containsExactly("S-002");
                assertThat(i.attachments()).containsExactly("sign-S-004.jpg");
            });
            assertThat(r.followUps()).extracting(FollowUp::task).containsExactly(
                    "Replace missing sign S-004 (HA-0001)", "Close 1 breach(es) in the fence or tape (HA-0001)",
                    "Repair or replace damaged sign S-002 (HA-0001)");
            assertThat(r.followUps()).allSatisfy(f -> assertThat(f.inspectionId()).isEqualTo(id));
            assertThat(store.attachments(id)).singleElement().satisfies(a -> {
                assertThat(a.data()).isEqualTo(PHOTO);
                assertThat(a.mediaType()).isEqualTo("image/jpeg");
            });
        }
    }

    @Test
    void completingAFollowUpClosesItAndAnUnknownOneChangesNothing() {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            MonitoringStore store = new MonitoringStore(ws);
            store.recordInspection(inspection(List.of("S-004")), List.of(), FollowUpRules.DEFAULT);
            FollowUp first = store.records().followUps().get(0);
            store.completeFollowUp(first.id(), LocalDate.of(2026, 3, 6));
            assertThat(store.records().followUps().get(0).done()).contains(LocalDate.of(2026, 3, 6));
            int entries = ws.auditTrail().size();
            assertThatThrownBy(() -> store.completeFollowUp(999, LocalDate.of(2026, 3, 6)))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no follow-up task 999");
            assertThat(ws.auditTrail()).hasSize(entries);
        }
    }

    @Test
    void settingsEventsSelfDestructAndMarkingPlansReadBack() {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            MonitoringStore store = new MonitoringStore(ws);
            store.saveSettings(new MonitoringSettings(HA1, "Team 1", false, Optional.of(LocalDate.of(2026, 1, 1))));
            store.saveSettings(new MonitoringSettings(HA1, "Team 3", false, Optional.of(LocalDate.of(2026, 1, 1))));
            store.recordEvent(new MonitoringEvent(0, HA1, EventKind.FROST_HEAVE, LocalDate.of(2026, 2, 1), "thaw"));
            SelfDestructSpec sd = new SelfDestructSpec(Instant.parse("2026-01-10T12:00:00Z"), Duration.ofHours(720),
                    Duration.ofDays(120));
            store.saveSelfDestruct(HA1, sd);
            MarkingPlan plan = MarkingFixtures.rectanglePlan();
            store.saveMarkingPlan(HA1, plan);

            MonitoringRecords r = store.records();
            assertThat(r.settings(HA1).team()).isEqualTo("Team 3");
            assertThat(r.settings(HA1).nearSettlement()).isFalse();
            assertThat(r.events(HA1)).singleElement().satisfies(e -> assertThat(e.kind())
                    .isEqualTo(EventKind.FROST_HEAVE));
            assertThat(r.selfDestruct(HA1)).contains(sd);
            List<Sign> signs = store.latestSigns(HA1);
            assertThat(signs).hasSameSizeAs(plan.signs());
            assertThat(signs.get(3)).isEqualTo(plan.signs().get(3));
            assertThat(store.latestSigns(HazardReference.numbered(2))).isEmpty();
            assertThat(ws.auditTrail()).extracting(AuditEntry::entity).contains("ml_monitoring_area",
                    "ml_monitoring_event", "ml_self_destruct", "ml_marking_plan");
            assertThat(ws.check().ok()).isTrue();
        }
    }
}
