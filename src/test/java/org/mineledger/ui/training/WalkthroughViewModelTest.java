package org.mineledger.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.sample.ReferenceSolution;
import org.mineledger.io.sample.WalkthroughCopy;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.RecentFiles;

/** The walkthrough panel's state, without a window. */
class WalkthroughViewModelTest {
    @TempDir
    Path dir;

    @Test
    void stepsAreRecheckedWhenTheWorkspaceChangesAndRestartStartsAfresh() {
        try (MainViewModel main = new MainViewModel(new RecentFiles(dir.resolve("recent.txt")))) {
            WalkthroughViewModel model = new WalkthroughViewModel(main, new WalkthroughReader(),
                    new WalkthroughCopy(dir));
            assertThat(model.choices()).extracting(WalkthroughViewModel.Choice::id)
                    .containsExactly("laid-protective-minefield", "village-survey", "border-belt-monitoring");

            model.start("border-belt-monitoring");
            assertThat(main.fileProperty().get()).isEqualTo(dir.resolve("border-belt-monitoring-walkthrough.gpkg"));
            assertThat(model.progressProperty().get()).isEqualTo("0 of 4 steps done");

            Workspace ws = main.workspace().orElseThrow();
            ReferenceSolution.applyTo(ws, new ReferenceSolution().areas("border-belt-monitoring"));
            main.reload();
            assertThat(model.steps()).allSatisfy(r -> assertThat(r.passed()).as(r.step().id()).isTrue());
            assertThat(model.progressProperty().get()).isEqualTo("4 of 4 steps done");

            model.restart();
            assertThat(model.progressProperty().get()).isEqualTo("0 of 4 steps done");
            assertThat(main.workspace().orElseThrow().hazard(new HazardReference("HA-0003")).orElseThrow().status())
                    .isEqualTo(HazardStatus.ACTIVE);
        }
    }

    @Test
    void startingAgainKeepsTheStudentsWork() {
        try (MainViewModel main = new MainViewModel(new RecentFiles(dir.resolve("recent.txt")))) {
            WalkthroughViewModel model = new WalkthroughViewModel(main, new WalkthroughReader(),
                    new WalkthroughCopy(dir));
            model.start("village-survey");
            Workspace ws = main.workspace().orElseThrow();
            ws.update(ws.hazard(new HazardReference("HA-0004")).orElseThrow()
                    .withStatus(HazardStatus.CANCELLED, java.time.Instant.now()));

            model.stop();
            model.start("village-survey");

            assertThat(model.steps().get(0).passed()).isTrue();
            assertThat(model.progressProperty().get()).isEqualTo("1 of 5 steps done");
        }
    }
}
