package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The plan and print commands on the training sample, with stdout and stderr captured. */
class PlanCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void plansTheSampleSavesItAndPrintsItAgainByNumber() throws Exception {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--teams", "manual=3,mdd=1", "--start", "2026-04-06",
                "--country", "EE", "--box", "50")).isZero();
        String printed = console.out();
        assertThat(printed).contains("T-001", "Tasks: 11 planned, 0 not planned", "End: 20", "Cost: US$",
                "Why this order", "source: DEFAULT", "Saved as plan 1");
        Path pdf = dir.resolve("plan1.pdf");
        assertThat(MineLedgerCommand.run("print", ws.toString(), "--plan", "1", "--pdf", pdf.toString(),
                "--box", "50")).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // 9 open hazards (2 of them reduced: worked on, still holding mines), 2 suspected: survey + clearance
            assertThat(text.split("CLEARANCE TASK SHEET", -1)).hasSize(11 + 1);
        }
        assertThat(console.err()).isEmpty();
    }

    @Test
    void villageSampleLeavesOutTheAreaItsLandReleaseRecordCancelledThoughItsStatusIsStillActive() throws Exception {
        Path ws = dir.resolve("village.gpkg");
        Path json = dir.resolve("village.json");
        assertThat(MineLedgerCommand.run("sample", "village-survey", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2026-04-06", "--out", json.toString()))
                .isZero();
        assertThat(console.out()).containsPattern("HA-0004: all land released by land-release records \\(cancelled "
                + "[0-9,]+ m²\\); set its status to Cancelled. Not planned.");
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(root.path("tasks").size()).isPositive();
        assertThat(root.path("tasks").findValuesAsText("hazard")).isNotEmpty().doesNotContain("HA-0004");
        assertThat(root.toString()).doesNotContain("HA-0004");
        Path pdf = dir.resolve("village.pdf");
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2026-04-06", "--out", pdf.toString()))
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).doesNotContain("HA-0004");
        }
        assertThat(console.err()).isEmpty();
    }

    @Test
    void outWithJsonExtensionWritesThePlanAsJson() throws Exception {
        Path ws = dir.resolve("sample.gpkg");
        Path json = dir.resolve("plan.json");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2026-04-06", "--out", json.toString()))
                .isZero();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(root.path("tasks").size()).as("9 open hazards, 2 suspected: survey then clearance").isEqualTo(11);
        assertThat(root.path("assignments").size()).isEqualTo(11);
        assertThat(root.path("tasks").findValuesAsText("hazard")).as("reduced areas still hold mines")
                .contains("HA-0003", "HA-0007");
        assertThat(root.path("start").asText()).isEqualTo("2026-04-06");
    }

    @Test
    void communityRequestBlockedAccessAndCasualtiesMoveAHazardUpTheOrder() {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        // HA-0002 scores 25.9 from the map; + 10 community + 10 blocked + 10 casualties = 55.9 > 51.7 (HA-0011)
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2026-04-06", "--community", "HA-0002",
                "--blocked", "HA-0002", "--casualties", "HA-0002=3")).isZero();
        assertThat(console.out()).containsPattern("T-001 +HA-0002")
                .contains("community request (+10.0)", "blocks access (+10.0)", "3 casualties reported (+10.0)");
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--community", "HA-0099"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("No open hazard area HA-0099");
    }

    @Test
    void explainsAnUnknownTeamAndAMissingPlan() {
        Path ws = dir.resolve("sample.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--teams", "tanks=2"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(MineLedgerCommand.run("print", ws.toString(), "--plan", "9", "--pdf",
                dir.resolve("x.pdf").toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("No asset type 'tanks'", "known codes: manual",
                "There is no plan 9").doesNotContain("\tat ");
    }
}
