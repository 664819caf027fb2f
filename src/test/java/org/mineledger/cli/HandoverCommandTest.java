package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/** handover on the training sample, as the README runs it: its cleared HA-0008 has the records of its clearance. */
class HandoverCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void landWhoseReleaseIsRecordedIsCertifiedAndLandWithoutRecordsOnlyWithItsEvidenceNamed() throws Exception {
        Path ws = dir.resolve("demo.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        Path pdf = dir.resolve("handover.pdf");
        assertThat(MineLedgerCommand.run(args(ws, "HA-0008", pdf))).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // HA-0008 measures 24,844.9 m² (record accounting), all of it cleared by task CL-014
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Original 24,845 m² = "
                    + "cancelled 0 + reduced 0 + cleared 24,845 + not covered by land-release records 0 m²")
                    .doesNotContain("NOT covered");
        }

        // an area set to Cleared without any record of its clearance
        try (Workspace w = Workspace.open(ws)) {
            HazardArea a = w.hazard(new HazardReference("HA-0009")).orElseThrow();
            w.update(new HazardArea(a.id(), a.reference(), a.name(), a.kind(), HazardStatus.CLEARED, a.polygon(),
                    a.notes(), a.createdAt(), a.updatedAt()));
        }
        Path other = dir.resolve("ha-0009.pdf");
        String[] unrecorded = args(ws, "HA-0009", other);
        assertThat(MineLedgerCommand.run(unrecorded)).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("HA-0009: its land-release records leave 119,189 m² of its 119,189 m² "
                + "unreleased", "--release-evidence").doesNotContain("Exception");
        assertThat(other).doesNotExist();

        String[] withEvidence = java.util.Arrays.copyOf(unrecorded, unrecorded.length + 2);
        withEvidence[unrecorded.length] = "--release-evidence";
        withEvidence[unrecorded.length + 1] = "completion report CR-0009 (fictional)";
        assertThat(MineLedgerCommand.run(withEvidence)).isZero();
        try (PDDocument doc = Loader.loadPDF(other.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("NOT covered by "
                    + "land-release records", "documented in: completion report CR-0009 (fictional)");
        }
    }

    private static String[] args(Path ws, String area, Path pdf) {
        return new String[] {"handover", ws.toString(), area, "--pdf", pdf.toString(), "--method",
            "manual clearance", "--depth", "13", "--started", "2026-05-04", "--completed", "2026-09-30",
            "--organisation", "Fictional Demining Group", "--authority", "Karvala council", "--signatory", "A, TL"};
    }
}
