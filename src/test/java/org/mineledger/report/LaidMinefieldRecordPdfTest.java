package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.laid.Emplacement;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.model.laid.MineCategory;
import org.mineledger.model.laid.Strip;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;

class LaidMinefieldRecordPdfTest {
    @TempDir
    Path dir;

    private String print(LaidMinefieldRevision rev, String banner, Path pdf) throws IOException {
        new LaidMinefieldRecordPdf(rev, CoordinateSystem.MGRS, banner).write(pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // every page renders
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                assertThat(new PDFRenderer(d).renderImageWithDPI(i, 30).getWidth()).isGreaterThan(0);
            }
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void signedOffRecordPrintsEveryPartWithClassificationAndTrainingBannerOnEveryPage() throws IOException {
        Path pdf = dir.resolve("mf.pdf");
        LaidMinefieldRevision rev;
        int pages;
        String text;
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            ws.markTraining("TRAINING — FICTIONAL DATA", "test");
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            long id = store.add(LaidRecords.complete("MF-77")).id();
            store.submit(id);
            rev = store.signOff(id, "Maj D. Example", "Commander 3 Engr Coy");
            text = print(rev, ws.trainingBanner(), pdf);
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pages = d.getNumberOfPages();
        }
        assertThat(pages).isBetween(2, 3);
        assertThat(text.split("RESTRICTED", -1).length - 1).as("classification top and bottom of each page")
                .isGreaterThanOrEqualTo(2 * pages);
        assertThat(text.split("TRAINING — FICTIONAL DATA", -1).length - 1).isGreaterThanOrEqualTo(pages);
        assertThat(text).contains("Laid minefield record MF-77", "3 Engr Coy (fictional)", "Lt A. Example",
                "2026-03-02 06:00 UTC", "Culvert at road km 4", "TP1", "TP4", "Scale 1:", "Total PMN-2 40",
                "Total TM-62M 36", "Total mines 76", "No findings", "Maj D. Example, Commander 3 Engr Coy",
                "Lane 1", "page 1 of " + pages);
        // TP1 independently: echo "60 24 90 100" | GeodSolve -p 12 → RP; RP + "0 20" | GeodSolve → TP1;
        // echo "60.000179501254237 24.001792114644399" | GeoConvert -m -p 2 → 35VLG32805975522092
        assertThat(text).contains("35VLG32805975522092");
    }

    @Test
    void draftWithFindingsPrintsThemAndSaysItIsNotSignedOff() throws IOException {
        Strip c = new Strip("C", "", "C2", null, List.of(LaidRecords.leg(90, 50)), List.of(LaidRecords.mine(
                "PFM-1S", MineCategory.AP, 64, Emplacement.REMOTE, Duration.ofDays(40), null)));
        LaidMinefieldRecord r = LaidRecords.withStrips("MF-78", List.of(c), "", "", "");
        LaidMinefieldRevision rev = new LaidMinefieldRevision(1, 1, 0, org.mineledger.model.RecordStatus.DRAFT,
                null, 0, r, java.time.Instant.parse("2026-03-03T00:00:00Z"));
        String text = print(rev, "", dir.resolve("d.pdf"));
        assertThat(text).contains("3 finding(s)", "strip C / start marker", "40.0 days is longer than the 30 days",
                "back-up self-deactivation", "NOT SIGNED OFF");
        assertThat(text.split("TRAINING — FICTIONAL DATA", -1).length - 1).as("only the notes, no banner").isEqualTo(1);
        assertThat(Files.size(dir.resolve("d.pdf"))).isGreaterThan(1000);
    }

    @Test
    void tableHeadersWrapBetweenWordsNeverInsideOne() throws IOException {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            LaidMinefieldRevision rev = store.add(LaidRecords.complete("MF-79"));
            String text = print(rev, "", dir.resolve("h.pdf"));
            List<String> words = List.of(text.split("\\s+"));
            // the mines table's narrowest column once printed its header as "AP/A" over "T"
            assertThat(words).contains("AP/AT", "Anti-handling", "Self-destr.", "Self-deact.", "Strip", "Model",
                    "Emplaced", "Kind,", "state", "Legs");
            assertThat(words).doesNotContain("AP/A", "T", "Self-", "Anti-");
        }
    }
}
