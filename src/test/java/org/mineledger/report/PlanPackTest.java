package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.geographiclib.Geodesic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.map.BaseMap;
import org.mineledger.map.PriorityFeatures;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.AssetCatalogue;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PriorityScore;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.plan.clearance.Team;
import org.mineledger.store.Workspace;

/** A plan pack for the training sample, read back with PDFBox. */
class PlanPackTest {
    private static final double MM_PER_POINT = 25.4 / 72;

    @TempDir
    Path dir;

    private List<BaseMap> maps;
    private List<HazardArea> hazards;
    private String banner;
    private Plan plan;

    @BeforeEach
    void planTheSample() {
        Path ws = dir.resolve("sample.gpkg");
        SampleInstaller.install("border-crossing", ws);
        try (Workspace w = Workspace.open(ws)) {
            hazards = w.hazards();
            banner = w.trainingBanner();
        }
        BaseMapReader reader = new BaseMapReader();
        maps = List.of(reader.load("world"), reader.load("training"));
        var ranked = new PriorityScore(PriorityWeights.defaults(), PriorityFeatures.from(maps))
                .rank(TaskList.priorityInputs(hazards));
        LocalDate start = LocalDate.parse("2026-04-06");
        plan = new Scheduler(WorkCalendar.standard(Country.EE, 58.0), 1).schedule("Sample", start,
                TaskList.fromHazards(hazards, ranked, TaskList.Defaults.standard()).subList(0, 3),
                Team.parse("manual=2,mdd=1", AssetCatalogue.defaults(), start));
    }

    @Test
    void packHasACoverAndOneSheetPerTaskWithEveryPartOfTheSheet() throws IOException {
        Path out = dir.resolve("pack.pdf");
        List<String> progress = new ArrayList<>();
        new PlanPack(maps, hazards, CoordinateSystem.UTM, "RESTRICTED", banner, WorkLayout.boxes(25))
                .write(plan, out, (done, total, what) -> progress.add(done + "/" + total), () -> false);
        assertThat(progress).endsWith("3/3");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1 + 3);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(doc)).contains("CLEARANCE PLAN", "T-001", "Source: DEFAULT",
                    "TRAINING — FICTIONAL DATA", "RESTRICTED");
            text.setStartPage(2);
            text.setEndPage(2);
            String sheet = text.getText(doc);
            assertThat(sheet).contains("CLEARANCE TASK SHEET", "Task T-001", plan.assignments().get(0)
                            .task().hazardReference(), "Clearance depth", "13 cm", "TP1", "Access route", "Safe lane",
                    "Emergency / medevac point", "Marking reference", "Signature", "TRAINING — FICTIONAL DATA",
                    "RESTRICTED", "25 m boxes on the UTM 35N grid", "Figures used");
            assertThat(sheet).containsPattern("Scale 1:(1,000|2,000|5,000|10,000)");
        }
    }

    @Test
    void turningPointsOnTheSheetAreAtTheStatedScale() throws IOException {
        Path out = dir.resolve("pack.pdf");
        new PlanPack(maps, hazards, CoordinateSystem.MGRS, "UNCLASSIFIED", banner, WorkLayout.lanes(5, 45))
                .write(plan, out, (d, t, w) -> { }, () -> false);
        HazardArea hazard = hazards.stream().filter(h -> h.reference().value()
                .equals(plan.assignments().get(0).task().hazardReference())).findFirst().orElseThrow();
        Coordinate[] ring = hazard.polygon().getExteriorRing().getCoordinates();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            Matcher m = Pattern.compile("Scale 1:([0-9,]+)").matcher(text.getText(doc));
            assertThat(m.find()).isTrue();
            double denominator = Double.parseDouble(m.group(1).replace(",", ""));
            // TP markers: dots of 24 points outlined in white, drawn in TP order
            List<Point2D> tps = StrokedPaths.of(doc.getPage(1)).stream()
                    .filter(p -> p.rgb() == 0xFFFFFF && p.points().size() == 24)
                    .map(p -> centre(p.points())).toList();
            assertThat(tps).hasSize(ring.length - 1);
            for (int i = 0; i + 1 < tps.size(); i++) {
                double groundM = tps.get(i).distance(tps.get(i + 1)) * MM_PER_POINT * denominator / 1000;
                double geodesicM = Geodesic.WGS84.Inverse(ring[i].y, ring[i].x, ring[i + 1].y, ring[i + 1].x).s12;
                assertThat(groundM).as("TP%d to TP%d", i + 1, i + 2).isCloseTo(geodesicM, within(geodesicM * 0.005));
            }
        }
    }

    @Test
    void cancellingLeavesNoFile() {
        Path out = dir.resolve("pack.pdf");
        int[] sheets = {0};
        assertThatThrownBy(() -> new PlanPack(maps, hazards, CoordinateSystem.UTM, "", banner, WorkLayout.boxes(50))
                .write(plan, out, (d, t, w) -> sheets[0] = d, () -> sheets[0] >= 1))
                .isInstanceOf(CancellationException.class).hasMessageContaining("after 1 of 3");
        assertThat(out).doesNotExist();
        assertThat(Files.exists(dir.resolve("pack.pdf"))).isFalse();
    }

    private static Point2D centre(List<Point2D> pts) {
        double x = 0;
        double y = 0;
        for (Point2D p : pts) {
            x += p.getX();
            y += p.getY();
        }
        return new Point2D.Double(x / pts.size(), y / pts.size());
    }
}
