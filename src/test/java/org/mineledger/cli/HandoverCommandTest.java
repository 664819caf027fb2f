package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** handover on the training sample, whose cleared HA-0008 has no land-release records, as the README runs it. */
class HandoverCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void landWithoutReleaseRecordsIsCertifiedOnlyWithItsEvidenceNamed() throws Exception {
        Path ws = dir.resolve("demo.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        Path pdf = dir.resolve("handover.pdf");
        String[] args = {"handover", ws.toString(), "HA-0008", "--pdf", pdf.toString(), "--method",
            "manual clearance", "--depth", "13", "--started", "2026-05-04", "--completed", "2026-09-30",
            "--organisation", "Fictional Demining Group", "--authority", "Karvala council", "--signatory", "A, TL"};

        assertThat(MineLedgerCommand.run(args)).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("HA-0008: its land-release records leave", "unreleased",
                "--release-evidence").doesNotContain("Exception");
        assertThat(pdf).doesNotExist();

        String[] withEvidence = java.util.Arrays.copyOf(args, args.length + 2);
        withEvidence[args.length] = "--release-evidence";
        withEvidence[args.length + 1] = "completion report CR-0008 (fictional)";
        assertThat(MineLedgerCommand.run(withEvidence)).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("NOT covered by "
                    + "land-release records", "documented in: completion report CR-0008 (fictional)");
        }
    }
}
