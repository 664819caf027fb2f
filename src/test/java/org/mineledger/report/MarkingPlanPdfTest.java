package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.Precision;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.marking.MarkingFixtures;
import org.mineledger.plan.marking.MarkingPlan;

class MarkingPlanPdfTest {
    @TempDir
    Path dir;

    static HazardArea area() {
        return HazardArea.draft(HazardReference.numbered(1), "Training field north", HazardKind.LAID_MINEFIELD,
                HazardStatus.ACTIVE, MarkingFixtures.rectangle(), "fictional", Instant.parse("2026-01-10T08:00:00Z"));
    }

    @Test
    void thePdfListsEverySignWithItsCoordinatesUnderTheBannerAndTrainingMark() throws Exception {
        MarkingPlan plan = MarkingFixtures.rectanglePlan();
        Path file = dir.resolve("plan.pdf");
        new MarkingPlanPdf(new CoordinateFormatter(CoordinateSystem.UTM, Precision.DECIMETRE),
                "TRAINING — FICTIONAL DATA").withClassification("RESTRICTED").write(area(), plan, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Marking plan — HA-0001 Training field north").contains("RESTRICTED")
                    .contains("TRAINING — FICTIONAL DATA").contains("Scale 1:1000 on A4");
            for (int i = 1; i <= plan.signs().size(); i++) {
                assertThat(text).contains(String.format("S-%03d", i));
            }
            // S-001 at 58 N 27 E: GeoConvert -u -p 1 gives 35n 500000.0 6428710.2
            assertThat(text).contains("35N 500000.0 6428710.2");
            assertThat(text).contains("marking tape").contains("person-hours").contains("15 min per sign");
        }
    }

    @Test
    void theSignTableRepeatsItsHeaderOnEveryPageItContinuesOn() throws Exception {
        // signs every 5 m round the 400 m rectangle: 80 rows, more than the first page holds under the map
        MarkingPlan plan = new org.mineledger.plan.marking.MarkingPlanner(MarkingFixtures.rectangle(), List.of(),
                org.mineledger.plan.marking.MarkingOptions.defaults()
                        .withSpacing(org.mineledger.geo.Distance.ofMetres(5))).plan();
        Path file = dir.resolve("long.pdf");
        new MarkingPlanPdf(new CoordinateFormatter(CoordinateSystem.UTM, Precision.DECIMETRE), "").write(area(),
                plan, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pagesWithSigns = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String text = page.getText(doc);
                java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^S-\\d{3} ").matcher(text);
                if (!row.find()) {
                    continue;
                }
                int firstSign = row.start();
                pagesWithSigns++;
                assertThat(text.substring(0, firstSign)).as("page %d", p)
                        .contains("Sign Reason Position Faces (true) Along line");
            }
            assertThat(pagesWithSigns).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aCyrillicAreaNamePrintsAsWritten() throws Exception {
        HazardArea kyiv = HazardArea.draft(HazardReference.numbered(2), "Поле біля Київ", HazardKind.LAID_MINEFIELD,
                HazardStatus.ACTIVE, MarkingFixtures.rectangle(), "fictional", Instant.parse("2026-01-10T08:00:00Z"));
        Path file = dir.resolve("kyiv.pdf");
        new MarkingPlanPdf(new CoordinateFormatter(CoordinateSystem.UTM, Precision.DECIMETRE),
                "TRAINING — FICTIONAL DATA").write(kyiv, MarkingFixtures.rectanglePlan(), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("HA-0002 Поле біля Київ").doesNotContain("????");
        }
    }

    @Test
    void theMapExtractIsAtItsStatedScale() {
        MarkingPlan plan = MarkingFixtures.rectanglePlan();
        ExtractPlacement at = MarkingPlanPdf.placement(area(), plan, 60, 170 * PdfPageFlow.MM);
        // the 100 m x 100 m rectangle (112 m with the fit margin) fits the 135 mm - footer frame at 1:1000
        assertThat(at.scale().denominator()).isEqualTo(1000);
        GeoPoint a = plan.signs().get(0).position();
        GeoPoint b = plan.signs().stream().filter(s -> s.reason() == org.mineledger.plan.marking.SignReason.TURNING_POINT)
                .skip(1).findFirst().orElseThrow().position(); // the next corner, 100.53 m away (GeodSolve)
        double[] pa = at.toPage(a);
        double[] pb = at.toPage(b);
        double paperMm = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) / PdfPageFlow.MM;
        // at a true 1:1000, 100.53 m of ground (GeodSolve) is 100.53 mm of paper
        assertThat(paperMm).isCloseTo(100.53, within(0.05));
    }

    @Test
    void theMapExtractDrawsTheBaseMapUnderTheSigns() throws Exception {
        HazardArea sampleArea = sampleArea();
        MarkingPlan plan = new org.mineledger.plan.marking.MarkingPlanner(sampleArea.polygon(), List.of(),
                org.mineledger.plan.marking.MarkingOptions.defaults()).plan();
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        MarkingPlanPdf pdf = new MarkingPlanPdf(new CoordinateFormatter(CoordinateSystem.UTM, Precision.DECIMETRE),
                "TRAINING — FICTIONAL DATA");
        pdf.withBaseMaps(new org.mineledger.io.basemap.BaseMapReader().forWorkspace(true)).write(sampleArea, plan,
                with);
        pdf.write(sampleArea, plan, without);
        try (PDDocument doc = Loader.loadPDF(with.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Scale 1:").contains("Base map:").contains("MineLedger default, not a "
                    + "standard");
        }
        // the base map is drawn: the land colour and the forest west of HA-0001 (PrintSymbols #B5D6A1 at 90 % over the land) show on the
        // page with base maps and not without them
        assertThat(pixels(with, 0xF4F1E8)).isGreaterThan(10_000);
        assertThat(pixels(with, 0xBBD9A8)).isGreaterThan(200);
        assertThat(pixels(without, 0xF4F1E8)).as("only the edges of the training mark").isLessThan(1_000);
        assertThat(pixels(without, 0xBBD9A8)).isZero();
    }

    /** Pixels of page 1, rendered at 72 dpi, within 6 of {@code rgb} in each channel. */
    private static int pixels(Path pdf, int rgb) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            java.awt.image.BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0,
                    72);
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int p = img.getRGB(x, y);
                    if (Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) <= 6
                            && Math.abs((p >> 8 & 255) - (rgb >> 8 & 255)) <= 6
                            && Math.abs((p & 255) - (rgb & 255)) <= 6) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** HA-0001 of the bundled training sample, which has tracks, a road and a village around it. */
    private HazardArea sampleArea() {
        Path ws = dir.resolve("sample.gpkg");
        org.mineledger.io.sample.SampleInstaller.install("border-crossing", ws);
        try (org.mineledger.store.Workspace w = org.mineledger.store.Workspace.open(ws)) {
            return w.hazard(HazardReference.numbered(1)).orElseThrow();
        }
    }

    @Test
    void quantitiesPrintWithoutNeedlessDecimals() {
        assertThat(MarkingPlanPdf.quantity(12)).isEqualTo("12");
        assertThat(MarkingPlanPdf.quantity(401.54)).isEqualTo("401.5");
        assertThat(List.of(MarkingPlanPdf.quantity(0))).containsExactly("0");
    }
}
