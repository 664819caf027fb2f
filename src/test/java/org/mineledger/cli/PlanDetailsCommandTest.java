package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.Workspace;

/** plan-details stores a hazard's planning details; plan ranks and plans with them; sheets print their notes. */
class PlanDetailsCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void storedDetailsDriveThePriorityTheTaskAndTheNotesOnItsSheet() throws Exception {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        // MGRS of 58.0012 N 27.1234 E by GeographicLib: echo 58.0012 27.1234 | GeoConvert -m -p 0
        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--blocked", "--blocked-note",
                "road to Karvala school", "--casualties", "3", "--last-casualty", "2026-02-10", "--community-request",
                "--ground", "dense/firm", "--depth", "20", "--medevac", "35VNE0729328850 Village school",
                "--access", "Track from the customs post", "--safe-lane", "Lane A, 1 m, white tape", "--marking",
                "MP-2, signs S1-S18")).isZero();
        assertThat(console.out()).contains("Saved the planning details of HA-0002", "Ground class:      dense/firm",
                "Clearance depth:   20 cm", "Medevac point:     35N 507294 6428851 — Village school");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.auditTrail()).filteredOn(e -> e.entity().equals("hazard_planning"))
                    .singleElement().extracting(AuditEntry::action).isEqualTo(AuditEntry.Action.CREATE);
        }

        Path pdf = dir.resolve("plan.pdf");
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2026-04-06", "--teams", "manual=3,mdd=1",
                "--box", "50", "--out", pdf.toString())).isZero();
        // HA-0002 scores 25.9 from the map; + 10 community + 10 blocked + 10 casualties = 55.9, first
        assertThat(console.out()).containsPattern("T-001 +HA-0002")
                .contains("blocks access: road to Karvala school (+10.0)", "3 casualties reported, last 2026-02-10",
                        "T-001: ground dense/firm (hazard details), depth 20 cm (hazard details)");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            String sheet = all.substring(all.indexOf("Task T-001"), all.indexOf("Task T-002"));
            assertThat(sheet).contains("HA-0002", "20 cm", "dense/firm", "Track from the customs post",
                    "Lane A, 1 m, white tape", "35N 507294 6428851", "Village school", "MP-2, signs S1-S18")
                    .doesNotContain("to be filled in by the team leader");
            // manual on dense/firm: 400 m²/day x 0.2 (dense) x 0.9 (firm) = 72 m²/day, in the plan's figures too
            assertThat(all.substring(all.indexOf("Figures used"))).containsPattern("manual: .*dense/rocky 48, "
                    + "dense/firm 72 m²/day");
            String other = all.substring(all.indexOf("Task T-002"));
            assertThat(other).contains("(nothing recorded: to be filled in by the team leader)");
        }
    }

    @Test
    void aMedevacPointWithoutACoordinateIsRefusedAndNothingIsStored() {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--medevac", "village school"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("does not start with a coordinate");
        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--ground", "dense/clay"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("soil is soft, firm or rocky");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.auditTrail()).noneMatch(e -> e.entity().equals("hazard_planning"));
        }
    }

    @Test
    void aLastCasualtyDateInTheFutureOrWithoutCasualtiesIsRefusedAndNothingIsStored() {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();

        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--last-casualty", tomorrow))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("The last casualty date", "after today");
        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--last-casualty", "2026-02-10"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("needs the number of casualties: add --casualties N");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.auditTrail()).noneMatch(e -> e.entity().equals("hazard_planning"));
        }
    }
}
