package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mineledger.model.laid.LaidRecords.leg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.store.AuditEntry.Action;

class LaidMinefieldStoreTest {
    @TempDir
    Path dir;

    @Test
    void storedRecordReadsBackEqualAsDraftRevisionOneWithAnAuditEntry() {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            LaidMinefieldRecord r = LaidRecords.complete("MF-1");
            LaidMinefieldRevision rev = store.add(r);
            assertThat(rev.record()).isEqualTo(r);
            assertThat(rev.revision()).isEqualTo(1);
            assertThat(rev.status()).isEqualTo(RecordStatus.DRAFT);
            assertThat(store.history(rev.id())).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(Action.CREATE);
                assertThat(e.entity()).isEqualTo("laid_minefield");
                assertThat(e.afterJson()).contains("\"number\":\"MF-1\"");
            });
            assertThatThrownBy(() -> store.add(r)).hasMessageContaining("MF-1 is already recorded");
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void signedOffRecordIsLockedAndACorrectionIsANewRevisionLinkedToIt() throws SQLException {
        Path file = dir.resolve("b.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            LaidMinefieldRevision rev = store.add(LaidRecords.complete("MF-2"));
            assertThatThrownBy(() -> store.signOff(rev.id(), "Maj D. Example", "Commander"))
                    .isInstanceOf(RecordLockedException.class).hasMessageContaining("submit it");
            store.submit(rev.id());
            LaidMinefieldRevision signed = store.signOff(rev.id(), "Maj D. Example", "Commander");
            assertThat(signed.status()).isEqualTo(RecordStatus.SIGNED_OFF);
            assertThat(signed.signOff().name()).isEqualTo("Maj D. Example");

            LaidMinefieldRecord fixed = LaidRecords.withStrips("MF-2", signed.record().strips().subList(0, 1),
                    "signs", "fence", "patrol");
            assertThatThrownBy(() -> store.update(rev.id(), fixed)).isInstanceOf(RecordLockedException.class)
                    .hasMessageContaining("signed off and locked").hasMessageContaining("revision 2");
            LaidMinefieldRevision rev2 = store.correct(rev.id(), fixed);
            assertThat(rev2.revision()).isEqualTo(2);
            assertThat(rev2.supersedes()).isEqualTo(rev.id());
            assertThat(rev2.status()).isEqualTo(RecordStatus.DRAFT);
            assertThat(store.revisions("MF-2")).extracting(LaidMinefieldRevision::revision).containsExactly(1, 2);
            assertThat(store.revisions("MF-2").get(0)).isEqualTo(signed);
            assertThat(store.latest("MF-2")).contains(rev2);
            assertThatThrownBy(() -> store.correct(rev.id(), fixed)).hasMessageContaining("already corrected");
            assertThat(ws.check().problems()).isEmpty();
        }
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE ml_laid_minefield SET record_json = '{}' WHERE "
                    + "revision = 1")).hasMessageContaining("locked");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ml_laid_minefield WHERE revision = 1"))
                    .hasMessageContaining("cannot be deleted");
        }
    }

    @Test
    void recordWhosePerimeterDoesNotCloseCannotBeSubmittedUntilItIsReplaced() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            LaidMinefieldRecord ok = LaidRecords.complete("MF-3");
            LaidMinefieldRecord open = new LaidMinefieldRecord(ok.identity(), ok.layingStarted(),
                    ok.layingCompleted(), ok.landmark(), ok.landmarkToReference(), ok.referenceToFirstPoint(),
                    List.of(leg(90, 100), leg(180, 100), leg(270, 100), leg(0, 98)), ok.north(),
                    ok.closureTolerance(), ok.strips(), ok.lanesAndGaps(), ok.marking(), ok.fencing(),
                    ok.monitoring(), ok.laidBy(), ok.verifiedBy(), ok.notes());
            long id = store.add(open).id();
            assertThatThrownBy(() -> store.submit(id)).isInstanceOf(RecordLockedException.class)
                    .hasMessageContaining("MF-3 rev 1 cannot be submitted").hasMessageContaining("does not close")
                    .hasMessageContaining("gap 2.00 m");
            assertThat(store.byId(id).orElseThrow().status()).isEqualTo(RecordStatus.DRAFT);
            store.update(id, ok);
            assertThat(store.submit(id).status()).isEqualTo(RecordStatus.SUBMITTED);
            assertThat(store.update(id, ok).status()).as("a submitted record returns to draft when replaced")
                    .isEqualTo(RecordStatus.DRAFT);
            assertThat(store.latest("MF-3").orElseThrow().revision()).isEqualTo(1);
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void signedOffMinefieldBecomesAConfirmedHazardAreaKeepingTheLinkAndMineCount() {
        try (Workspace ws = Workspace.create(dir.resolve("d.gpkg"))) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            long id = store.add(LaidRecords.complete("MF-4")).id();
            assertThatThrownBy(() -> store.convertToHazard(id)).hasMessageContaining("only a signed-off record");
            store.submit(id);
            store.signOff(id, "Maj D. Example", "Commander");
            HazardArea cha = store.convertToHazard(id);
            assertThat(cha.kind()).isEqualTo(HazardKind.CONFIRMED);
            assertThat(cha.notes()).contains("MF-4 rev 1").contains("Mines recorded: 76 (AP 40, AT 36)");
            assertThat(ws.hazards()).singleElement().isEqualTo(cha);
            LaidMinefieldRevision linked = store.forHazard(cha.id()).orElseThrow();
            assertThat(linked.hazardId()).isEqualTo(cha.id());
            assertThat(linked.record().totals().total()).isEqualTo(76);
            assertThatThrownBy(() -> store.convertToHazard(id)).hasMessageContaining("MF-4 is already confirmed hazard area "
                    + cha.reference());
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void recordFileErrorsNameTheField() {
        String json = LaidMinefieldJson.write(LaidRecords.complete("MF-5")).replace("\"count\":40", "\"count\":\"forty\"");
        assertThatThrownBy(() -> LaidMinefieldJson.read(json)).isInstanceOf(RecordFormatException.class)
                .hasMessageContaining("MF-5").hasMessageContaining("strips[0].mines[1].count");
        String noType = LaidMinefieldJson.write(LaidRecords.complete("MF-5")).replace("\"protective\"", "\"big\"");
        assertThatThrownBy(() -> LaidMinefieldJson.read(noType)).hasMessageContaining("'type'")
                .hasMessageContaining("protective, tactical, nuisance or phony");
    }

    @Test
    void positionsMayBeWrittenInAnySupportedCoordinateSystem() {
        String json = LaidMinefieldJson.write(LaidRecords.complete("MF-6"))
                .replace("{\"lat\":60.0,\"lon\":24.0}", "\"60.0 N, 24.0 E\"");
        assertThat(json).contains("60.0 N, 24.0 E");
        assertThat(LaidMinefieldJson.read(json)).isEqualTo(LaidRecords.complete("MF-6"));
    }

    @Test
    void checkFindsARecordChangedBehindTheAppsBack() throws SQLException {
        Path file = dir.resolve("e.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            new LaidMinefieldStore(ws).add(LaidRecords.complete("MF-7"));
            assertThat(ws.check().problems()).isEmpty();
        }
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ml_laid_minefield SET record_json = replace(record_json, '\"count\":40', "
                    + "'\"count\":4')");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.check().problems()).singleElement().asString()
                    .contains("Minefield record id 1 differs from its last recorded state (audit entry 1)");
        }
    }
}
