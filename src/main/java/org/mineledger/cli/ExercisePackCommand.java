package org.mineledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.DataFileException;
import org.mineledger.report.ExercisePackPdf;
import org.mineledger.report.ExercisePackSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger exercise-pack NAME FOLDER}: the student's exercise pack and the trainer's answer key as PDF. */
@Command(name = "exercise-pack",
        description = "Writes the exercise pack (briefing, map at true scale, tasks) of a training scenario and, "
            + "separately, its answer key for the trainer: FOLDER/NAME-exercise.pdf and FOLDER/NAME-answer-key.pdf.")
public final class ExercisePackCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Scenario with a walkthrough, e.g. village-survey")
    private String name;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "Folder for the two PDF files (made if missing)")
    private Path folder;

    @Option(names = "--grid", defaultValue = "utm", paramLabel = "SYSTEM",
            description = "Grid labels on the maps: utm, mgrs, latlon, dms or epsg:3301 etc. (default: ${DEFAULT-VALUE})")
    private String grid;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CoordinateSystem system = CoordinateSystem.of(grid);
        ExercisePackSource source;
        try {
            source = new ExercisePackSource(name);
        } catch (DataFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
        Files.createDirectories(folder);
        Path exercise = source.exerciseFile(folder);
        Path key = source.answerKeyFile(folder);
        ExercisePackPdf pdf = new ExercisePackPdf(source.baseMaps(), system);
        pdf.writeExercise(source.scenario(), exercise);
        pdf.writeAnswerKey(source.scenario(), key);
        out.println("Wrote " + exercise + " (for the student)");
        out.println("Wrote " + key + " (for the trainer only)");
        out.println(source.scenario().banner());
        return 0;
    }
}
