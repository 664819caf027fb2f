package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.Workspace;

/** An import is one transaction: a cancelled or refused import leaves the workspace file byte-identical. */
class AllOrNothingImportTest {

    @Test
    void cancelledImportLeavesTheWorkspaceByteIdentical(@TempDir Path dir) throws Exception {
        Path file = existingWorkspace(dir);
        String before = Fixtures.sha256(file);

        try (Workspace ws = Workspace.open(file)) {
            ImportSession session = new ImportSession(ws, Fixtures.fixture("utm36.shp"));
            ImportPreview preview = session.preview(ImportOptions.defaults());
            assertThat(preview.ready()).hasSize(3);
            assertThatThrownBy(() -> session.commit(preview, false, done -> {
                if (done == 2) {
                    throw new CancellationException("cancelled by the user");
                }
            })).isInstanceOf(CancellationException.class);
            assertThat(ws.hazards()).hasSize(1);
        }

        assertThat(Fixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void importWithProblemsIsRefusedWholeAndChangesNothing(@TempDir Path dir) throws Exception {
        Path file = existingWorkspace(dir);
        String before = Fixtures.sha256(file);
        Path hostile = Path.of(getClass().getResource("/org/mineledger/io/hostile/bad-feature.geojson").toURI());

        try (Workspace ws = Workspace.open(file)) {
            ImportSession session = new ImportSession(ws, hostile);
            ImportPreview preview = session.preview(ImportOptions.defaults());
            assertThat(preview.ready()).hasSize(1);
            assertThatThrownBy(() -> session.commit(preview, false, done -> { }))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("bad-feature.geojson").hasMessageContaining("nothing was imported")
                    .hasMessageContaining("1 feature(s) have problems");
        }

        assertThat(Fixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void importedAreasCarryTheirSourceInTheAuditTrailAndPassTheCheck(@TempDir Path dir) throws Exception {
        Path file = existingWorkspace(dir);
        try (Workspace ws = Workspace.open(file)) {
            ImportSession session = new ImportSession(ws, Fixtures.fixture("utm36.gpkg"));
            List<HazardArea> stored = session.commit(session.preview(ImportOptions.defaults()), false, done -> { });

            assertThat(stored).extracting(a -> a.reference().value()).containsExactly("HA-0002", "HA-0003", "HA-0004");
            List<AuditEntry> trail = ws.auditTrail();
            // one entry for the import, naming the file and, for each area, its feature
            assertThat(trail).hasSize(2);
            JsonNode after = new ObjectMapper().readTree(trail.get(1).afterJson());
            assertThat(after.path("file").asText()).isEqualTo("utm36.gpkg");
            assertThat(after.path("areas")).hasSize(3);
            JsonNode last = after.path("areas").get(2);
            assertThat(last.path("feature").asText()).isEqualTo("2 part 2");
            assertThat(last.path("reference").asText()).isEqualTo("HA-0004");
            assertThat(last.path("id").asLong()).isEqualTo(stored.get(2).id());
            assertThat(ws.history("hazard_area", stored.get(2).id())).containsExactly(trail.get(1));
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    private static Path existingWorkspace(Path dir) {
        Path file = dir.resolve("training.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            ws.add(Fixtures.area(1, HazardKind.CONFIRMED, HazardStatus.ACTIVE, "Training field"));
        }
        return file;
    }
}
