package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.sample.ReferenceSolution;
import org.mineledger.io.sample.SampleCatalog;
import org.mineledger.io.sample.SampleScenario;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.plan.training.WalkthroughStep;

/** The exercise pack and its answer key, written and read back with PDFBox. */
class ExercisePackPdfTest {
    private static final String BANNER = "TRAINING — FICTIONAL DATA";
    @TempDir
    Path dir;

    private static ExercisePackPdf.Scenario scenario(String id) {
        SampleScenario s = new SampleCatalog().load(id);
        return new ExercisePackPdf.Scenario(s.id(), s.title(), s.description(), s.banner(), s.hazardAreas(),
                new WalkthroughReader().read(id), new ReferenceSolution().areas(id));
    }

    private static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }

    @Test
    void exercisePackHasBriefingMapAndTasksButNoAnswers() throws IOException {
        ExercisePackPdf.Scenario s = scenario("laid-protective-minefield");
        Path file = dir.resolve("exercise.pdf");
        new ExercisePackPdf(List.of(new BaseMapReader().load("training")), CoordinateSystem.UTM).writeExercise(s, file);

        List<String> pages = pages(file);
        String all = String.join("\n", pages);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> assertThat(p).contains(BANNER));
        assertThat(pages.get(pages.size() - 1)).contains("page " + pages.size() + " of " + pages.size());
        assertThat(all).contains("Briefing", "Brennia belt (received record)", "Tasks", "Scale 1:",
                "TP3 is 1,240 mils, 85 m from TP2",
                "Points given on the map", "landmark: Karvala–Orvesk crossing point marker post");
        for (WalkthroughStep step : s.walkthrough().steps()) {
            assertThat(all).contains(step.title());
        }
        // the expected positions belong to the answer key only
        assertThat(all).doesNotContain("within 2.0 m of", "Answer key", "Crossing west protective minefield  LMF");
    }

    @Test
    void answerKeyListsEveryCheckTheSolutionAndADetailMapOnMarkedPages() throws IOException {
        ExercisePackPdf.Scenario s = scenario("border-belt-monitoring");
        Path file = dir.resolve("key.pdf");
        new ExercisePackPdf(List.of(new BaseMapReader().load("training")), CoordinateSystem.MGRS).writeAnswerKey(s, file);

        List<String> pages = pages(file);
        String all = String.join("\n", pages).replaceAll("\\s+", " ");

        assertThat(pages).allSatisfy(p -> assertThat(p).contains(BANNER, "Answer key"));
        assertThat(all).contains("For the trainer. Do not hand this out",
                "walkthrough border-belt-monitoring --check STUDENT.gpkg", "Reference solution", "Post 14 breach",
                "Detail: the positions the checks expect", "2 active LMF");
        for (WalkthroughStep step : s.walkthrough().steps()) {
            step.checks().forEach(c -> assertThat(all).contains(c.expectation()));
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("Answer key", BANNER);
        }
    }

    @Test
    void packWithoutTrainingBannerIsRefused() {
        ExercisePackPdf.Scenario s = scenario("village-survey");
        assertThatThrownBy(() -> new ExercisePackPdf.Scenario(s.id(), s.title(), s.description(), " ", s.start(),
                s.walkthrough(), s.solution())).hasMessageContaining("needs its banner");
    }
}
