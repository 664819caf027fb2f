package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.AuditEntry.Action;

class WorkspaceStoreTest {
    @TempDir
    Path dir;

    @Test
    void storedHazardAreaReadsBackIdenticallyAfterReopening() {
        Path file = dir.resolve("field.gpkg");
        HazardArea stored;
        try (Workspace ws = Workspace.create(file)) {
            stored = ws.add(Samples.draft(1, 24.123456789012345, 60.98765432109876));
            assertThat(stored.id()).isPositive();
        }
        try (Workspace ws = Workspace.open(file)) {
            HazardArea back = ws.hazard(stored.id()).orElseThrow();
            assertThat(back).isEqualTo(stored);
            assertThat(back.polygon().equalsExact(stored.polygon(), 0.0)).isTrue();
            assertThat(back.polygon().getCoordinates())
                    .isEqualTo(Samples.draft(1, 24.123456789012345, 60.98765432109876).polygon().getCoordinates());
            assertThat(ws.hazard(new HazardReference("HA-0001"))).contains(stored);
            assertThat(ws.hazards()).containsExactly(stored);
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.CURRENT_SCHEMA);
        }
    }

    @Test
    void trainingMarkIsStoredAuditedAndSurvivesReopening() {
        Path file = dir.resolve("training.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ws.isTraining()).isFalse();
            assertThat(ws.trainingBanner()).isEmpty();
            ws.markTraining("TRAINING — FICTIONAL DATA", "border-crossing");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.isTraining()).isTrue();
            assertThat(ws.trainingBanner()).isEqualTo("TRAINING — FICTIONAL DATA");
            assertThat(ws.sampleId()).isEqualTo("border-crossing");
            assertThat(ws.auditTrail()).singleElement().satisfies(e -> {
                assertThat(e.entity()).isEqualTo("workspace");
                assertThat(e.afterJson()).contains("border-crossing");
            });
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @Test
    void storedTimesKeepMillisecondPrecision() {
        try (Workspace ws = Workspace.create(dir.resolve("t.gpkg"))) {
            HazardArea stored = ws.add(Samples.draft(1, 24, 60));
            assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-11-25T05:30:00.123Z"));
        }
    }

    @Test
    void eachAddUpdateAndDeleteWritesExactlyOneAuditEntry() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            ws.setUser("sapper.test");
            HazardArea a = ws.add(Samples.draft(1, 24, 60));
            assertThat(ws.auditTrail()).hasSize(1);
            HazardArea changed = ws.update(a.withStatus(HazardStatus.REDUCED, a.updatedAt().plusSeconds(60)));
            assertThat(ws.auditTrail()).hasSize(2);
            ws.delete(a.id());
            List<AuditEntry> trail = ws.auditTrail();
            assertThat(trail).extracting(AuditEntry::action)
                    .containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
            assertThat(trail).allSatisfy(e -> assertThat(e.user()).isEqualTo("sapper.test"));
            assertThat(trail.get(0).beforeJson()).isNull();
            assertThat(trail.get(1).beforeJson()).isEqualTo(trail.get(0).afterJson());
            assertThat(trail.get(1).afterJson()).contains("\"status\":\"REDUCED\"")
                    .isEqualTo(HazardJson.write(changed));
            assertThat(trail.get(2).afterJson()).isNull();
            assertThat(trail.get(0).prevHash()).isEqualTo("0".repeat(64));
            assertThat(trail.get(1).prevHash()).isEqualTo(trail.get(0).hash());
            assertThat(ws.hazards()).isEmpty();
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void historyListsTheChangesOfOneAreaOnly() {
        try (Workspace ws = Workspace.create(dir.resolve("h.gpkg"))) {
            HazardArea a = ws.add(Samples.draft(1, 24, 60));
            HazardArea b = ws.add(Samples.draft(2, 25, 61));
            ws.update(a.withDetails("Renamed field", HazardKind.CONFIRMED, "dog team found AP mine",
                    a.updatedAt().plusSeconds(5)));
            assertThat(ws.history("hazard_area", a.id())).extracting(AuditEntry::action)
                    .containsExactly(Action.CREATE, Action.UPDATE);
            assertThat(ws.history("hazard_area", b.id())).hasSize(1);
        }
    }

    @Test
    void failedWriteLeavesNeitherRowNorAuditEntry() {
        try (Workspace ws = Workspace.create(dir.resolve("f.gpkg"))) {
            ws.add(Samples.draft(1, 24, 60));
            assertThatThrownBy(() -> ws.addAll(List.of(Samples.draft(2, 25, 60), Samples.draft(1, 26, 60))))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("reference is already used");
            assertThat(ws.hazards()).hasSize(1);
            assertThat(ws.auditTrail()).hasSize(1);
            assertThat(ws.check().ok()).isTrue();
        }
    }

    @Test
    void addAllStoresEveryAreaWithItsOwnAuditEntry() {
        try (Workspace ws = Workspace.create(dir.resolve("all.gpkg"))) {
            List<HazardArea> stored = ws.addAll(List.of(Samples.draft(1, 24, 60), Samples.draft(2, 25, 61)));
            assertThat(stored).extracting(HazardArea::id).doesNotContain(0L).doesNotHaveDuplicates();
            assertThat(ws.auditTrail()).hasSize(2);
        }
    }

    @Test
    void nextReferenceNeverReusesTheReferenceOfADeletedArea() {
        try (Workspace ws = Workspace.create(dir.resolve("n.gpkg"))) {
            assertThat(ws.nextReference()).isEqualTo(new HazardReference("HA-0001"));
            ws.add(Samples.draft(1, 24, 60));
            HazardArea two = ws.add(Samples.draft(2, 24, 61));
            assertThat(ws.nextReference()).isEqualTo(new HazardReference("HA-0003"));
            ws.delete(two.id());
            assertThat(ws.nextReference()).isEqualTo(new HazardReference("HA-0003"));
        }
    }

    @Test
    void countsHaveEveryKindAndStatus() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            ws.add(Samples.draft(1, 24, 60));
            HazardArea b = ws.add(Samples.draft(2, 24, 61));
            ws.update(b.withStatus(HazardStatus.CLEARED, b.updatedAt()));
            assertThat(ws.counts().get(HazardKind.SUSPECTED).get(HazardStatus.ACTIVE)).isEqualTo(1);
            assertThat(ws.counts().get(HazardKind.SUSPECTED).get(HazardStatus.CLEARED)).isEqualTo(1);
            assertThat(ws.counts().get(HazardKind.LAID_MINEFIELD).get(HazardStatus.ACTIVE)).isZero();
        }
    }

    @Test
    void auditEntriesCannotBeChangedOrDeletedWithSql() throws SQLException {
        try (Workspace ws = Workspace.create(dir.resolve("ro.gpkg"))) {
            ws.add(Samples.draft(1, 24, 60));
        }
        try (Connection c = WorkspaceFile.connect(dir.resolve("ro.gpkg")); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE ml_audit SET user = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ml_audit"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void checkNamesTheAuditEntryThatWasTamperedWith() throws SQLException {
        Path file = dir.resolve("tamper.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            HazardArea a = ws.add(Samples.draft(1, 24, 60));
            ws.update(a.withStatus(HazardStatus.CLEARED, a.updatedAt()));
            ws.add(Samples.draft(2, 25, 60));
            assertThat(ws.check().ok()).isTrue();
        }
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER ml_audit_no_update");
            s.executeUpdate("UPDATE ml_audit SET user = 'nobody' WHERE seq = 2");
        }
        try (Workspace ws = Workspace.open(file)) {
            CheckReport report = ws.check();
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("audit trail is broken")
                    .contains("entry 2 "));
        }
    }

    @Test
    void checkFindsAnAreaChangedOutsideMineLedger() throws SQLException {
        Path file = dir.resolve("edited.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            ws.add(Samples.draft(1, 24, 60));
        }
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE hazard_area SET status = 'CLEARED'");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.check().problems()).singleElement().asString()
                    .contains("HA-0001").contains("changed outside MineLedger");
        }
    }

    @Test
    void saveCopyWritesAnEqualWorkspaceAndNeverOverwrites() {
        Path copy = dir.resolve("copy.gpkg");
        try (Workspace ws = Workspace.create(dir.resolve("orig.gpkg"))) {
            HazardArea a = ws.add(Samples.draft(1, 24, 60));
            ws.saveCopy(copy);
            assertThatThrownBy(() -> ws.saveCopy(copy)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already exists");
            try (Workspace c = Workspace.open(copy)) {
                assertThat(c.hazards()).containsExactly(a);
                assertThat(c.auditTrail()).isEqualTo(ws.auditTrail());
                assertThat(c.check().ok()).isTrue();
            }
        }
        assertThat(Files.exists(copy)).isTrue();
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = dir.resolve("exists.gpkg");
        Files.writeString(file, "keep me");
        String before = Samples.sha256(file);
        assertThatThrownBy(() -> Workspace.create(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("already exists");
        assertThat(Samples.sha256(file)).isEqualTo(before);
    }
}
