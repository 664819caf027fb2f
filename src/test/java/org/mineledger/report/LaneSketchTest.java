package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.model.laid.LaneEnds;
import org.mineledger.model.laid.LaneOrGap;

/** Lanes and gaps drawn on the trace sketch of the printed laid-minefield record (TRAINING — FICTIONAL DATA). */
class LaneSketchTest {
    @TempDir
    Path dir;

    /** Lane K7 runs 60 m south from 50 m east of RP, 8 m wide; gap G2 parallel at 80 m east; lane E3 entry only. */
    private static final LaneOrGap LANE = new LaneOrGap("Lane K7", false, Distance.ofMetres(8),
            LaidRecords.leg(90, 50), null, LaidRecords.leg(180, 60), true, false, "through the field, N to S");
    private static final LaneOrGap GAP = new LaneOrGap("Gap G2", true, Distance.ofMetres(8),
            LaidRecords.leg(90, 80), null, LaidRecords.leg(180, 60), false, false, "unmined stretch");
    private static final LaneOrGap ENTRY_ONLY = new LaneOrGap("Lane E3", false, Distance.ofMetres(4),
            LaidRecords.leg(90, 20), null, null, true, false, "course not measured");

    private static LaidMinefieldRecord withLanes(List<LaneOrGap> lanes) {
        LaidMinefieldRecord r = LaidRecords.complete("MF-90");
        return new LaidMinefieldRecord(r.identity(), r.layingStarted(), r.layingCompleted(), r.landmark(),
                r.landmarkToReference(), r.referenceToFirstPoint(), r.perimeter(), r.north(), r.closureTolerance(),
                r.strips(), lanes, r.marking(), r.fencing(), r.monitoring(), r.laidBy(), r.verifiedBy(), r.notes());
    }

    @Test
    void printedRecordLabelsEachLaneAndGapInTheSketchAsWellAsInTheTable() throws IOException {
        LaidMinefieldRevision rev = new LaidMinefieldRevision(1, 1, 0, RecordStatus.DRAFT, null, 0,
                withLanes(List.of(LANE, GAP, ENTRY_ONLY)), java.time.Instant.parse("2026-03-03T00:00:00Z"));
        Path pdf = dir.resolve("lanes.pdf");
        new LaidMinefieldRecordPdf(rev, CoordinateSystem.MGRS, "").write(pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                assertThat(new PDFRenderer(d).renderImageWithDPI(i, 30).getWidth()).isGreaterThan(0);
            }
            String text = new PDFTextStripper().getText(d);
            // once in the lanes table, once on the sketch
            for (String label : List.of("Lane K7", "Gap G2", "Lane E3")) {
                assertThat(text.split(label, -1).length - 1).as(label).isEqualTo(2);
            }
            assertThat(text).contains("Key", "Lane (width to scale)", "Gap (width to scale)");
        }
    }

    @Test
    void laneIsABandOfItsWidthAtScaleAndAGapIsOnlyOutlined() throws IOException {
        LaidMinefieldRecord r = withLanes(List.of(LANE, GAP));
        Path out = dir.resolve("sketch.pdf");
        TraceSketch sketch;
        try (FormPdf pdf = new FormPdf("RESTRICTED", "", "sketch test")) {
            sketch = new TraceSketch(r, pdf);
            pdf.drawing(300, sketch);
            pdf.save(out);
        }
        LaneEnds lane = r.laneEnds(LANE);
        LaneEnds gap = r.laneEnds(GAP);
        float[] laneMid = mid(sketch, lane);
        float[] gapMid = mid(sketch, gap);
        // half the 8 m width on paper at the stated scale, in points (1 pt = 0.0254/72 m at 1:1)
        double half = 4 / (sketch.scale() * 0.0254 / 72);
        assertThat(half).as("8 m at 1:%d", sketch.scale()).isGreaterThan(3);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            BufferedImage img = new PDFRenderer(d).renderImageWithDPI(0, 72);
            float top = d.getPage(0).getMediaBox().getHeight();
            assertThat(isLaneGreen(img, laneMid[0], top - laneMid[1])).as("lane centre").isTrue();
            assertThat(isLaneGreen(img, laneMid[0] + half - 1.5, top - laneMid[1])).as("inside edge").isTrue();
            assertThat(isLaneGreen(img, laneMid[0] + half + 2.5, top - laneMid[1])).as("outside edge").isFalse();
            assertThat(isLaneGreen(img, gapMid[0], top - gapMid[1])).as("gap is not filled").isFalse();
        }
    }

    private static float[] mid(TraceSketch sketch, LaneEnds ends) {
        float[] a = sketch.pageOf(ends.entry());
        float[] b = sketch.pageOf(ends.exit());
        return new float[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
    }

    private static boolean isLaneGreen(BufferedImage img, double x, double y) {
        int rgb = img.getRGB((int) Math.round(x), (int) Math.round(y));
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        float[] f = LaneSketch.LANE_FILL;
        return Math.abs(red - f[0] * 255) < 20 && Math.abs(green - f[1] * 255) < 20 && Math.abs(blue - f[2] * 255) < 20;
    }
}
