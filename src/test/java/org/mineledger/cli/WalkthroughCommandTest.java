package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.sample.ReferenceSolution;
import org.mineledger.store.Workspace;

/** {@code walkthrough NAME} and {@code walkthrough NAME --check WORKSPACE}, run as a trainer would. */
class WalkthroughCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void printsTheStepsWithWhatEachCheckExpects() {
        assertThat(MineLedgerCommand.run("walkthrough", "laid-protective-minefield")).isZero();

        assertThat(console.out()).contains("TRAINING — FICTIONAL DATA", "Step 3 (tp2-tp3): TP2 and TP3",
                "TP3 is 1,240 mils, 85 m from TP2", "- checked: TP3 of HA-0003 within 2.0 m of");
    }

    @Test
    void freshScenarioFailsWithExitOneAndSolvedScenarioPassesWithExitZero() {
        Path file = dir.resolve("v.gpkg");
        assertThat(MineLedgerCommand.run("sample", "village-survey", file.toString())).isZero();

        assertThat(MineLedgerCommand.run("walkthrough", "village-survey", "--check", file.toString())).isEqualTo(1);
        assertThat(console.out()).contains("FAIL  step 1 (cancel-ditch)", "HA-0004 is active but should be cancelled.",
                "0 of 5 steps passed.");

        try (Workspace ws = Workspace.open(file)) {
            ReferenceSolution.applyTo(ws, new ReferenceSolution().areas("village-survey"));
        }
        console.resetOut();
        assertThat(MineLedgerCommand.run("walkthrough", "village-survey", "--check", file.toString())).isZero();
        assertThat(console.out()).contains("PASS  step 5 (plan-ready)", "5 of 5 steps passed.").doesNotContain("FAIL");
    }

    @Test
    void workspaceFromAnotherScenarioIsCheckedWithANote() {
        Path file = dir.resolve("b.gpkg");
        MineLedgerCommand.run("sample", "border-crossing", file.toString());

        assertThat(MineLedgerCommand.run("walkthrough", "village-survey", "--check", file.toString())).isEqualTo(1);
        assertThat(console.err()).contains("was not made from the sample 'village-survey'",
                "(it was made from 'border-crossing')");
    }

    @Test
    void unknownScenarioAndMissingFileAreUserErrors() {
        assertThat(MineLedgerCommand.run("walkthrough", "no-such")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("There is no sample called 'no-such'")
                .doesNotContain("Exception");
        assertThat(MineLedgerCommand.run("walkthrough", "village-survey", "--check", dir.resolve("none.gpkg").toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
    }

    @Test
    void listsTheScenariosWithAWalkthrough() {
        assertThat(MineLedgerCommand.run("walkthrough", "--list")).isZero();
        assertThat(console.out().lines()).containsExactly("laid-protective-minefield", "village-survey", "border-belt-monitoring");
    }

    @Test
    void exercisePackWritesTheStudentsPackAndTheAnswerKeyAsSeparatePdfs() throws Exception {
        Path folder = dir.resolve("packs");

        assertThat(MineLedgerCommand.run("exercise-pack", "village-survey", folder.toString(), "--grid", "mgrs")).isZero();

        for (String name : new String[] {"village-survey-exercise.pdf", "village-survey-answer-key.pdf"}) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(folder.resolve(name).toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("TRAINING — FICTIONAL DATA");
            }
        }
        assertThat(console.out()).contains("(for the trainer only)");
        assertThat(MineLedgerCommand.run("exercise-pack", "border-crossing", folder.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("has no walkthrough");
    }
}
