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
        MapFrame f = new MapFrame(plan.markedLine(), 50, 50, 170 * PdfPageFlow.MM, 125 * PdfPageFlow.MM);
        // the 100 m x 100 m rectangle fits 0.85 x 125 mm at 1:1000 (100 mm) but not at 1:500 (200 mm)
        assertThat(f.scale()).isEqualTo(1000);
        GeoPoint a = plan.signs().get(0).position();
        GeoPoint b = plan.signs().get(4).position(); // the south-east corner, 100.53 m east (GeodSolve)
        float[] pa = f.toPage(a);
        float[] pb = f.toPage(b);
        double paperMm = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) / PdfPageFlow.MM;
        double groundM = Geodesy.inverse(a, b).distance().metres();
        // paper mm = ground m x 1000 / 1000, to within the UTM scale factor at 27 E (0.9996)
        assertThat(paperMm).isCloseTo(groundM * 0.9996, within(0.01));
        // the box is 170 m wide at 1:1000; a fifth is 34 m, so the bar is the round 25 m
        assertThat(MarkingPlanPdf.scaleBarMetres(f)).isEqualTo(25);
    }

    @Test
    void quantitiesPrintWithoutNeedlessDecimals() {
        assertThat(MarkingPlanPdf.quantity(12)).isEqualTo("12");
        assertThat(MarkingPlanPdf.quantity(401.54)).isEqualTo("401.5");
        assertThat(List.of(MarkingPlanPdf.quantity(0))).containsExactly("0");
    }
}
