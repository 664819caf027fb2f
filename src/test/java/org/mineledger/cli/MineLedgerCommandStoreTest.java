package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The new, info and check commands, run as a user would, with stdout and stderr captured. */
class MineLedgerCommandStoreTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void newThenInfoThenCheckReportAnEmptySoundWorkspace() {
        Path file = dir.resolve("cli.gpkg");
        assertThat(MineLedgerCommand.run("new", file.toString())).isZero();
        assertThat(Files.exists(file)).isTrue();
        assertThat(MineLedgerCommand.run("info", file.toString())).isZero();
        assertThat(MineLedgerCommand.run("check", file.toString())).isZero();
        String printed = console.out();
        assertThat(printed).contains("Created workspace " + file)
                .contains("Schema version: " + org.mineledger.store.Workspace.CURRENT_SCHEMA)
                .contains("Suspected hazard area (SHA)")
                .contains("Total hazard areas: 0")
                .contains("OK: " + file);
        assertThat(console.err()).isEmpty();
    }

    @Test
    void sampleInstallsATrainingWorkspaceWhoseAreasMeasureLikePlanimeter() {
        Path file = dir.resolve("demo.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", file.toString())).isZero();
        assertThat(MineLedgerCommand.run("info", file.toString())).isZero();
        assertThat(MineLedgerCommand.run("area", file.toString())).isZero();
        String printed = console.out();
        assertThat(printed).contains("TRAINING — FICTIONAL DATA (made from sample 'border-crossing')")
                .contains("Total hazard areas: 12")
                .containsPattern("  HA-0012 +SHA +Handed over +Dorvenka meadow");
        // Planimeter -p 12 on the ring of HA-0001 in samples/border-crossing/hazards.geojson (lat lon per line):
        // 12 1150.8254867748 35583.26148
        assertThat(printed).contains("HA-0001\tarea 35583.261 m2\tperimeter 1150.825 m");
        assertThat(printed.lines().filter(l -> l.startsWith("HA-"))).hasSize(12);
    }

    @Test
    void reportPrintsTheHazardSummaryOfEveryAreaToPdf() throws Exception {
        Path file = dir.resolve("demo.gpkg");
        Path pdf = dir.resolve("summary.pdf");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", file.toString())).isZero();
        assertThat(MineLedgerCommand.run("report", file.toString(), "--pdf", pdf.toString())).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("HA-0001").contains("HA-0012").contains("TRAINING — FICTIONAL DATA");
        }
    }

    @Test
    void newRefusesAnExistingFileWithAMessageAndNoStackTrace() throws Exception {
        Path file = dir.resolve("taken.gpkg");
        Files.writeString(file, "x");
        assertThat(MineLedgerCommand.run("new", file.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("already exists").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void checkOfAFileThatIsNotAWorkspaceExitsWithAUserError() throws Exception {
        Path file = dir.resolve("photo.gpkg");
        Files.write(file, new byte[200]);
        assertThat(MineLedgerCommand.run("check", file.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("is not a MineLedger workspace")
                .doesNotContain("\tat ");
    }

    @Test
    void checkExitsWithOneAndListsProblemsWhenTheAuditTrailWasTamperedWith() throws Exception {
        Path file = dir.resolve("tampered.gpkg");
        assertThat(MineLedgerCommand.run("new", file.toString())).isZero();
        try (var ws = org.mineledger.store.Workspace.open(file)) {
            ws.add(org.mineledger.model.HazardArea.draft(ws.nextReference(), "Training field",
                    org.mineledger.model.HazardKind.CONFIRMED, org.mineledger.model.HazardStatus.ACTIVE,
                    (org.locationtech.jts.geom.Polygon) new org.locationtech.jts.io.WKTReader().read(
                            "POLYGON ((24 60, 24.001 60, 24.001 60.001, 24 60.001, 24 60))"),
                    "", java.time.Instant.parse("2026-11-25T05:30:00Z")));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER ml_audit_no_update");
            s.executeUpdate("UPDATE ml_audit SET user = 'intruder' WHERE seq = 1");
        }
        assertThat(MineLedgerCommand.run("check", file.toString())).isEqualTo(1);
        assertThat(console.out()).contains("audit trail is broken").contains("entry 1 ");
    }
}
