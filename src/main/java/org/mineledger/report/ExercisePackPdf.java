package org.mineledger.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.map.BaseMap;
import org.mineledger.map.RgbaColor;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.training.MapPoint;
import org.mineledger.plan.training.StepCheck;
import org.mineledger.plan.training.VertexNearCheck;
import org.mineledger.plan.training.Walkthrough;
import org.mineledger.plan.training.WalkthroughStep;
import org.mineledger.report.MapExtract.Marker;

/**
 * The exercise pack of a training scenario: for the student a briefing, a true-scale map and the tasks; for the
 * trainer a separate answer key with what each step is checked against and a map of the reference solution.
 * Every page carries the training mark.
 */
public final class ExercisePackPdf {
    private static final float[] TABLE = {0, 52, 250, 292, 372};
    private static final RgbaColor MARKER = RgbaColor.hex("#0033CC", 1);
    private static final RgbaColor GIVEN = RgbaColor.hex("#6A1B9A", 1);

    /**
     * What the pack is made from.
     *
     * @param start    the hazard areas the student starts with
     * @param solution the hazard areas when every step is done (the trainer's reference solution)
     */
    public record Scenario(String id, String title, String description, String banner, List<HazardArea> start,
            Walkthrough walkthrough, List<HazardArea> solution) {
        public Scenario {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(walkthrough, "walkthrough");
            if (banner == null || banner.isBlank()) {
                throw new IllegalArgumentException("An exercise pack is training material and needs its banner, e.g. "
                        + "TRAINING — FICTIONAL DATA.");
            }
            start = List.copyOf(start);
            solution = List.copyOf(solution);
        }
    }

    private final List<BaseMap> baseMaps;
    private final CoordinateSystem grid;

    /** Packs whose maps show {@code baseMaps} with grid labels in {@code grid}. */
    public ExercisePackPdf(List<BaseMap> baseMaps, CoordinateSystem grid) {
        this.baseMaps = List.copyOf(baseMaps);
        this.grid = Objects.requireNonNull(grid, "grid");
    }

    /** Writes the student's pack: briefing, map of the starting situation, tasks. */
    public void writeExercise(Scenario s, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PageText text = new PageText(doc)) {
                text.heading("Exercise pack: " + s.title(), 18);
                text.paragraph(s.walkthrough().title(), 12, true, 0);
                text.heading("Briefing", 14);
                text.paragraph(s.description(), 10, false, 0);
                table(text, "Hazard areas on file at the start", s.start());
                if (!s.walkthrough().mapPoints().isEmpty()) {
                    text.heading("Points given on the map", 12);
                    for (MapPoint p : s.walkthrough().mapPoints()) {
                        text.paragraph(p.label() + "  " + p.name() + ": " + p.text(), 9, false, 0);
                    }
                }
                text.space(8);
                text.paragraph("Base map: the fictional Aldera\u2013Brennia training map. Areas and distances are "
                        + "geodesic (WGS84). The map on the next page is printed at the stated scale; check the scale "
                        + "bar before you measure from it.", 9, false, 0);
                map(text, "Map of the starting situation", s.start(), envelope(s.start(), s.solution()),
                        given(s.walkthrough()));
                text.heading("Tasks", 14);
                int n = 1;
                for (WalkthroughStep step : s.walkthrough().steps()) {
                    text.ensure(90);
                    text.paragraph("Task " + n++ + ": " + step.title(), 11, true, 0);
                    text.paragraph(step.instruction(), 10, false, 12);
                    text.paragraph("Do: " + step.task(), 10, true, 12);
                    text.space(8);
                }
                text.paragraph("When you have finished, your trainer checks your workspace step by step.", 9, false, 0);
            }
            finish(doc, s, "Exercise pack \u2013 " + s.title(), file);
        }
    }

    /** Writes the trainer's answer key: the checks of every step, the reference solution and its map. */
    public void writeAnswerKey(Scenario s, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PageText text = new PageText(doc)) {
                text.heading("Answer key: " + s.title(), 18);
                text.paragraph("For the trainer. Do not hand this out with the exercise pack.", 11, true, 0);
                text.paragraph("Check a student's workspace with: mineledger walkthrough " + s.id()
                        + " --check STUDENT.gpkg (exit code 0 when every step passes), or follow it in the window "
                        + "with Training \u203a Start walkthrough.", 9, false, 0);
                int n = 1;
                for (WalkthroughStep step : s.walkthrough().steps()) {
                    text.ensure(80);
                    text.paragraph("Step " + n++ + " (" + step.id() + "): " + step.title(), 11, true, 0);
                    text.paragraph("Task: " + step.task(), 10, false, 12);
                    for (StepCheck c : step.checks()) {
                        text.paragraph("\u2022 " + c.expectation(), 9, false, 20);
                    }
                    text.space(6);
                }
                table(text, "Reference solution", s.solution());
                map(text, "Map of the reference solution", s.solution(), envelope(s.solution(), List.of()), List.of());
                List<Marker> points = markers(s.walkthrough());
                if (!points.isEmpty()) {
                    Envelope near = new Envelope();
                    points.forEach(m -> near.expandToInclude(m.at().lon(), m.at().lat()));
                    map(text, "Detail: the positions the checks expect", s.solution(), near, points);
                }
            }
            finish(doc, s, "Answer key \u2013 " + s.title(), file);
        }
    }

    private static void table(PageText text, String heading, List<HazardArea> areas) {
        text.ensure((areas.size() + 1) * 9 * 1.4f + 40);
        text.heading(heading, 12);
        List<String[]> rows = new ArrayList<>();
        for (HazardArea a : areas) {
            rows.add(new String[] {a.reference().value(), a.name(), a.kind().code(), a.status().label(),
                String.format(Locale.ROOT, "%,.0f m\u00b2", new GeodesicArea(a.polygon()).area())});
        }
        text.table(new String[] {"Ref.", "Name", "Kind", "Status", "Area (geodesic)"}, rows, TABLE, 9);
    }

    private void map(PageText text, String heading, List<HazardArea> hazards, Envelope focus, List<Marker> markers) {
        PDPageContentStream cs = text.newPage();
        text.heading(heading, 14);
        float top = text.y() - 6;
        ExtractPlacement at = MapExtract.place(PageText.MARGIN, PageText.BOTTOM, PageText.PAGE.getWidth()
                - 2 * PageText.MARGIN, top - PageText.BOTTOM, focus, null);
        new MapExtract(baseMaps, hazards, grid).withMarkers(markers).draw(text.document(), cs, PageText.PAGE.getHeight(), at);
        text.pageFull();
    }

    private static List<Marker> given(Walkthrough w) {
        return w.mapPoints().stream().map(p -> new Marker(p.position(), p.label(), GIVEN)).toList();
    }

    private static List<Marker> markers(Walkthrough w) {
        List<Marker> out = new ArrayList<>();
        for (WalkthroughStep step : w.steps()) {
            for (StepCheck c : step.checks()) {
                if (c instanceof VertexNearCheck v) {
                    out.add(new Marker(v.expected(), v.label(), MARKER));
                }
            }
        }
        return out;
    }

    private static Envelope envelope(List<HazardArea> a, List<HazardArea> b) {
        Envelope e = new Envelope();
        a.forEach(h -> e.expandToInclude(h.polygon().getEnvelopeInternal()));
        b.forEach(h -> e.expandToInclude(h.polygon().getEnvelopeInternal()));
        return e;
    }

    private static void finish(PDDocument doc, Scenario s, String title, Path file) throws IOException {
        TrainingMarks.stamp(doc, s.banner(), title);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title + " (" + s.banner() + ")");
        info.setCreator("MineLedger");
        info.setSubject(s.banner());
        doc.save(file.toFile());
    }
}
