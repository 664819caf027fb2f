package org.mineledger.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.report.ExercisePackPdf;
import org.mineledger.report.ExercisePackSource;
import org.mineledger.ui.Messages;

/** Writes a scenario's exercise pack and answer key in the background; returns the folder written to. */
final class ExercisePackTask extends Task<Path> {
    private final String scenarioId;
    private final Path folder;

    ExercisePackTask(String scenarioId, Path folder) {
        this.scenarioId = scenarioId;
        this.folder = folder;
    }

    @Override
    protected Path call() throws Exception {
        updateMessage(Messages.get("training.pack.loading"));
        updateProgress(0, 3);
        ExercisePackSource source = new ExercisePackSource(scenarioId);
        ExercisePackPdf pdf = new ExercisePackPdf(source.baseMaps(), CoordinateSystem.UTM);
        Files.createDirectories(folder);
        if (isCancelled()) {
            return null;
        }
        updateMessage(Messages.get("training.pack.exercise"));
        updateProgress(1, 3);
        pdf.writeExercise(source.scenario(), source.exerciseFile(folder));
        if (isCancelled()) {
            return null;
        }
        updateMessage(Messages.get("training.pack.answerKey"));
        updateProgress(2, 3);
        pdf.writeAnswerKey(source.scenario(), source.answerKeyFile(folder));
        updateProgress(3, 3);
        return folder;
    }
}
