package org.mineledger.report;

import java.nio.file.Path;
import java.util.List;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.sample.ReferenceSolution;
import org.mineledger.io.sample.SampleCatalog;
import org.mineledger.io.sample.SampleScenario;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.map.BaseMap;

/** Gathers what an exercise pack is made from out of a bundled scenario, and names its two files. */
public final class ExercisePackSource {
    private final SampleScenario sample;
    private final ExercisePackPdf.Scenario scenario;

    /** Loads the scenario, its walkthrough and its reference solution; a fault names the file. */
    public ExercisePackSource(String scenarioId) {
        this.sample = new SampleCatalog().load(scenarioId);
        this.scenario = new ExercisePackPdf.Scenario(sample.id(), sample.title(), sample.description(),
                sample.banner(), sample.hazardAreas(), new WalkthroughReader().read(scenarioId),
                new ReferenceSolution().areas(scenarioId));
    }

    public ExercisePackPdf.Scenario scenario() {
        return scenario;
    }

    /** The base map the scenario is drawn on. */
    public List<BaseMap> baseMaps() {
        return List.of(new BaseMapReader().load(sample.baseMap()));
    }

    /** {@code FOLDER/ID-exercise.pdf}, for the student. */
    public Path exerciseFile(Path folder) {
        return folder.resolve(sample.id() + "-exercise.pdf");
    }

    /** {@code FOLDER/ID-answer-key.pdf}, for the trainer only. */
    public Path answerKeyFile(Path folder) {
        return folder.resolve(sample.id() + "-answer-key.pdf");
    }
}
