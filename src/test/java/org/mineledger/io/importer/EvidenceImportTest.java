package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.io.evidence.EvidenceGeoJsonWriter;
import org.mineledger.io.evidence.EvidenceGpxWriter;
import org.mineledger.io.evidence.EvidenceImport;
import org.mineledger.io.evidence.EvidencePreview;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;

/** GPX waypoints and tracks, and CSV points, import as survey evidence (points and lines), all or nothing. */
class EvidenceImportTest {
    private static final HazardReference HA1 = new HazardReference("HA-0001");

    @Test
    void gpxWaypointsAndTrackSegmentsBecomePointsAndLinesWithTheirAttributes(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(existingWorkspace(dir))) {
            EvidenceImport session = new EvidenceImport(ws, Fixtures.fixture("survey-team3.gpx"));
            EvidencePreview p = session.preview(ImportOptions.defaults(), HA1);
            assertThat(p.withProblems()).isEmpty();

            List<SurveyEvidence> stored = session.commit(p, false, n -> { });

            assertThat(stored).extracting(SurveyEvidence::isPoint).containsExactly(true, true, true, false, false);
            SurveyEvidence crater = new SurveyEvidenceStore(ws).all().get(0);
            assertThat(crater.name()).isEqualTo("Crater 1");
            assertThat(crater.time()).isEqualTo(Instant.parse("2026-03-14T09:30:00Z"));
            assertThat(crater.elevationM()).isEqualTo(112.5);
            assertThat(crater.notes()).isEqualTo("fresh crater, fragments");
            assertThat(crater.hazard()).isEqualTo(HA1);
            assertThat(crater.sourceFile()).isEqualTo("survey-team3.gpx");
            assertThat(crater.sourceFeature()).startsWith("wpt 1 (line 4").endsWith("'Crater 1'");
            assertThat(crater.geometry().getCoordinate()).isEqualTo(new Coordinate(30.5023456, 50.4012345));
            SurveyEvidence walk = new SurveyEvidenceStore(ws).all().get(3);
            assertThat(walk.geometry().getCoordinates()).hasSize(3);
            assertThat(walk.name()).isEqualTo("Survey walk");
            assertThat(walk.elevationM()).isNull();
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void eachImportedFeatureHasAnAuditEntryNamingItsSourceFileAndFeature(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(existingWorkspace(dir))) {
            EvidenceImport session = new EvidenceImport(ws, Fixtures.fixture("evidence-points.csv"));
            List<SurveyEvidence> stored = session.commit(session.preview(ImportOptions.defaults(), null), false,
                    n -> { });

            assertThat(stored).hasSize(2);
            assertThat(stored.get(0).hazard()).isEqualTo(HA1);
            assertThat(stored.get(1).hazard()).isNull();
            List<AuditEntry> trail = ws.auditTrail().stream().filter(e -> e.entity().equals("survey_evidence"))
                    .toList();
            assertThat(trail).hasSize(2);
            JsonNode after = new ObjectMapper().readTree(trail.get(1).afterJson());
            assertThat(after.path("source").path("file").asText()).isEqualTo("evidence-points.csv");
            assertThat(after.path("source").path("feature").asText()).startsWith("line 3");
            assertThat(after.path("notes").asText()).isEqualTo("reported by shepherd");
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void cancelledEvidenceImportLeavesTheWorkspaceByteIdentical(@TempDir Path dir) throws Exception {
        Path file = existingWorkspace(dir);
        String before = Fixtures.sha256(file);

        try (Workspace ws = Workspace.open(file)) {
            EvidenceImport session = new EvidenceImport(ws, Fixtures.fixture("survey-team3.gpx"));
            EvidencePreview p = session.preview(ImportOptions.defaults(), null);
            assertThatThrownBy(() -> session.commit(p, false, n -> {
                if (n == 4) {
                    throw new CancellationException("cancelled by the user");
                }
            })).isInstanceOf(CancellationException.class);
            assertThat(new SurveyEvidenceStore(ws).all()).isEmpty();
        }

        assertThat(Fixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void evidenceWithProblemsIsRefusedWholeAndChangesNothing(@TempDir Path dir) throws Exception {
        Path file = existingWorkspace(dir);
        String before = Fixtures.sha256(file);
        Path bad = Path.of(getClass().getResource("/org/mineledger/io/hostile-evidence/out-of-range-track.gpx").toURI());

        try (Workspace ws = Workspace.open(file)) {
            EvidenceImport session = new EvidenceImport(ws, bad);
            EvidencePreview p = session.preview(ImportOptions.defaults(), null);
            assertThat(p.ready()).hasSize(1);
            assertThatThrownBy(() -> session.commit(p, false, n -> { })).isInstanceOf(ImportException.class)
                    .hasMessageContaining("out-of-range-track.gpx").hasMessageContaining("nothing was imported")
                    .hasMessageContaining("2 feature(s) have problems");
        }

        assertThat(Fixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void evidenceExportedAsGpxAndGeoJsonReadsBackWithTheSamePositions(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(existingWorkspace(dir))) {
            EvidenceImport session = new EvidenceImport(ws, Fixtures.fixture("survey-team3.gpx"));
            List<SurveyEvidence> stored = session.commit(session.preview(ImportOptions.defaults(), HA1), false,
                    n -> { });
            Path gpx = dir.resolve("back.gpx");
            Path json = dir.resolve("back.geojson");
            new EvidenceGpxWriter("TRAINING — FICTIONAL DATA").write(stored, gpx);
            new EvidenceGeoJsonWriter("").write(stored, json);

            for (Path out : List.of(gpx, json)) {
                EvidencePreview back = new EvidenceImport(ws, out).preview(ImportOptions.defaults(), null);
                assertThat(back.withProblems()).as(out.toString()).isEmpty();
                List<SurveyEvidence> read = back.ready().stream().map(c -> c.draft()).toList();
                assertThat(read).hasSize(5);
                for (int i = 0; i < 5; i++) {
                    assertThat(read.get(i).geometry().equalsExact(stored.get(i).geometry(), 0))
                            .as("%s feature %d", out.getFileName(), i + 1).isTrue();
                    assertThat(read.get(i).name()).isEqualTo(stored.get(i).name());
                    assertThat(read.get(i).time()).isEqualTo(stored.get(i).time());
                    assertThat(read.get(i).elevationM()).isEqualTo(stored.get(i).elevationM());
                }
            }
        }
    }

    @Test
    void evidenceLayerOpensInOgrinfoWithItsCountAndAttributes(@TempDir Path dir) throws Exception {
        assumeTrue(ogrinfoPresent(), "ogrinfo (GDAL) is not installed here");
        Path file = existingWorkspace(dir);
        try (Workspace ws = Workspace.open(file)) {
            EvidenceImport session = new EvidenceImport(ws, Fixtures.fixture("survey-team3.gpx"));
            session.commit(session.preview(ImportOptions.defaults(), HA1), false, n -> { });
        }

        String info = run("ogrinfo", "-so", "-ro", file.toString(), "survey_evidence");

        assertThat(info).contains("Feature Count: 5", "name: String", "time: DateTime", "elevation: Real",
                "source_file: String", "source_feature: String", "hazard_ref: String", "notes: String");
        assertThat(run("ogrinfo", "-ro", "-q", file.toString())).contains("survey_evidence", "hazard_area");
    }

    private static boolean ogrinfoPresent() {
        try {
            return new ProcessBuilder("ogrinfo", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    private static Path existingWorkspace(Path dir) {
        Path file = dir.resolve("training.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            ws.add(Fixtures.area(1, HazardKind.CONFIRMED, HazardStatus.ACTIVE, "Training field"));
        }
        return file;
    }
}
