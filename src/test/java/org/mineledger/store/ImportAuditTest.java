package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardStatus;

/**
 * An import is one audit entry listing each area it created with the digest of its stored row; the digest is
 * reproducible from the file alone, {@code check} proves every imported area unchanged with it, and the
 * history of an imported area, changed later, shows the import and then the change.
 */
class ImportAuditTest {
    private static final int COUNT = 25;

    @Test
    void theImportEntryListsEachAreaWithADigestAnyToolCanRecomputeFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            importAreas(ws, "survey.gpkg");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            JsonNode entry;
            try (ResultSet r = s.executeQuery("SELECT after_json FROM ml_audit WHERE entity = 'hazard_import'")) {
                entry = new ObjectMapper().readTree(r.getString(1));
            }
            assertThat(entry.path("file").asText()).isEqualTo("survey.gpkg");
            assertThat(entry.path("areas")).hasSize(COUNT);
            int n = 0;
            try (ResultSet r = s.executeQuery("SELECT fid, reference, name, kind, status, notes, created_at, "
                    + "updated_at, geom FROM hazard_area ORDER BY fid")) {
                while (r.next()) {
                    JsonNode item = entry.path("areas").get(n++);
                    assertThat(item.path("id").asLong()).isEqualTo(r.getLong(1));
                    assertThat(item.path("reference").asText()).isEqualTo(r.getString(2));
                    assertThat(item.path("feature").asText()).isEqualTo("feature " + n);
                    assertThat(item.path("sha256").asText()).isEqualTo(independentDigest(r));
                }
            }
            assertThat(n).isEqualTo(COUNT);
            try (ResultSet r = s.executeQuery("SELECT first_id, last_id FROM ml_audit_range")) {
                assertThat(r.getLong(1)).isEqualTo(entry.path("areas").get(0).path("id").asLong());
                assertThat(r.getLong(2)).isEqualTo(entry.path("areas").get(COUNT - 1).path("id").asLong());
            }
        }
    }

    @Test
    void checkFindsAnImportedAreaChangedOrRemovedOutsideMineLedger(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.gpkg");
        List<HazardArea> stored;
        try (Workspace ws = Workspace.create(file)) {
            stored = importAreas(ws, "survey.gpkg");
            assertThat(ws.check().problems()).isEmpty();
        }
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            s.execute("UPDATE hazard_area SET name = 'moved' WHERE fid = " + stored.get(3).id());
            s.execute("DELETE FROM hazard_area WHERE fid = " + stored.get(7).id());
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.check().problems()).hasSize(2).anySatisfy(p -> assertThat(p)
                    .startsWith("Hazard area " + stored.get(3).reference() + " (id " + stored.get(3).id()
                            + ") differs from what import entry 1 recorded"))
                    .anySatisfy(p -> assertThat(p).startsWith("Hazard area id " + stored.get(7).id()
                            + " is missing although the audit trail has no deletion for it"));
        }
    }

    @Test
    void anImportedAreaChangedAndDeletedInMineLedgerKeepsItsWholeHistoryAndPassesTheCheck(@TempDir Path dir) {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            List<HazardArea> first = importAreas(ws, "first.gpkg");
            List<HazardArea> second = importAreas(ws, "second.kml");
            HazardArea changed = ws.update(second.get(0).withStatus(HazardStatus.CLEARED, ws.now()));
            ws.delete(first.get(1).id());

            assertThat(ws.history("hazard_area", changed.id())).extracting(AuditEntry::entity, AuditEntry::entityId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("hazard_import", 2L),
                            org.assertj.core.groups.Tuple.tuple("hazard_area", changed.id()));
            assertThat(ws.history("hazard_area", first.get(0).id())).hasSize(1);
            assertThat(ws.check().problems()).isEmpty();
            // references stay unique after a deletion: the deleted one is still "used"
            assertThat(ws.nextReference().value()).isEqualTo("HA-" + String.format("%04d", 2 * COUNT + 1));
        }
    }

    @Test
    void checkFindsAHistoryIndexThatDisagreesWithTheImportEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            importAreas(ws, "survey.gpkg");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER ml_audit_range_no_update");
            s.execute("UPDATE ml_audit_range SET last_id = last_id - 1");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.check().problems()).singleElement().asString()
                    .startsWith("The history index of import entry 1 (table ml_audit_range) does not match");
        }
    }

    private static List<HazardArea> importAreas(Workspace ws, String source) {
        List<HazardArea> drafts = new ArrayList<>();
        List<ImportSource> sources = new ArrayList<>();
        int next = Integer.parseInt(ws.nextReference().value().substring(3));
        for (int i = 0; i < COUNT; i++) {
            int n = next + i;
            drafts.add(Samples.draft(n, 30.0 + n * 0.01, 50.0));
            sources.add(new ImportSource(source, "feature " + (i + 1)));
        }
        return new HazardImportStore(ws).importAll(drafts, sources, done -> { });
    }

    /** The digest as the README defines it, written here without RowDigest. */
    private static String independentDigest(ResultSet r) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int column = 2; column <= 8; column++) {
            byte[] text = r.getString(column).getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
        }
        byte[] geom = r.getBytes(9);
        out.writeInt(geom.length);
        out.write(geom);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }
}
