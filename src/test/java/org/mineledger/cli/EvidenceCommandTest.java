package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;

/** {@code mineledger evidence}: lists survey evidence and deletes wrongly imported features, audited and checked. */
class EvidenceCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void listsTheImportedEvidenceWithIdsAndSources(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithEvidence(dir);

        assertThat(MineLedgerCommand.run("evidence", ws.toString())).isZero();

        List<String> lines = console.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ID\tKind\tName\tHazard area\tTime\tFrom");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("1\twaypoint\tCrater 1\t-\t2026-03-14T09:30:00Z\tsurvey-team3.gpx, wpt 1");
        assertThat(lines.get(4)).startsWith("4\ttrack\tSurvey walk\t");
    }

    @Test
    void deletingAFeatureKeepsItInOneAuditEntryAndCheckStillPasses(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithEvidence(dir);
        int before;
        try (Workspace w = Workspace.open(ws)) {
            before = w.auditTrail().size();
        }

        assertThat(MineLedgerCommand.run("evidence", ws.toString(), "--delete", "2", "--user", "j.doe")).isZero();

        assertThat(console.out()).contains("Deleted survey evidence 2 waypoint");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(new SurveyEvidenceStore(w).all()).extracting(SurveyEvidence::id).containsExactly(1L, 3L, 4L,
                    5L);
            List<AuditEntry> trail = w.auditTrail();
            assertThat(trail).hasSize(before + 1);
            AuditEntry last = trail.get(trail.size() - 1);
            assertThat(last.action()).isEqualTo(AuditEntry.Action.DELETE);
            assertThat(last.entity()).isEqualTo("survey_evidence");
            assertThat(last.entityId()).isEqualTo(2);
            assertThat(last.user()).isEqualTo("j.doe");
            assertThat(last.afterJson()).isNull();
            assertThat(new ObjectMapper().readTree(last.beforeJson()).path("source").path("file").asText())
                    .isEqualTo("survey-team3.gpx");
            assertThat(w.check().problems()).isEmpty();
        }
        assertThat(MineLedgerCommand.run("check", ws.toString())).isZero();
    }

    @Test
    void anUnknownIdDeletesNothing(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithEvidence(dir);

        assertThat(MineLedgerCommand.run("evidence", ws.toString(), "--delete", "1,99"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);

        assertThat(console.err()).contains("No survey evidence feature [99]", "nothing was deleted");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(new SurveyEvidenceStore(w).all()).hasSize(5);
        }
    }

    @Test
    void checkFindsEvidenceRemovedOrChangedOutsideMineLedger(@TempDir Path dir) throws Exception {
        Path ws = workspaceWithEvidence(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM survey_evidence WHERE fid = 3");
            s.executeUpdate("UPDATE survey_evidence SET hazard_ref = 'HA-0009' WHERE fid = 1");
        }

        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.check().problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("Survey evidence "
                    + "feature id 3 is missing although the audit trail has no deletion"))
                    .anySatisfy(p -> assertThat(p).startsWith("Survey evidence feature 1 (survey-team3.gpx, wpt 1")
                            .contains("differs from its last recorded state"));
        }
    }

    /** A new workspace with the 5 features of survey-team3.gpx imported (ids 1..5); the import's output is forgotten. */
    private Path workspaceWithEvidence(Path dir) throws Exception {
        Path ws = dir.resolve("field.gpkg");
        Workspace.create(ws).close();
        Path gpx = Path.of(EvidenceCommandTest.class.getResource("/org/mineledger/io/fixtures/survey-team3.gpx")
                .toURI());
        assertThat(MineLedgerCommand.run("import", ws.toString(), gpx.toString(), "--evidence")).isZero();
        console.resetOut();
        return ws;
    }
}
