package org.mineledger.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.store.Workspace;

/** The planner window's model plans only unreleased land and says which hazards it left out (no JavaFX stage). */
class PlannerLandNotesTest {
    @TempDir
    Path dir;

    @Test
    void villageSampleAreaCancelledByItsReleaseRecordIsNeitherOfferedNorPlanned() {
        Path file = dir.resolve("village.gpkg");
        SampleInstaller.install("village-survey", file);
        try (Workspace ws = Workspace.open(file)) {
            PlannerViewModel model = new PlannerViewModel(ws);
            assertThat(model.openHazardReferences()).contains("HA-0001").doesNotContain("HA-0004");
            PlannerViewModel.Result r = model.compute();
            assertThat(r.plan().assignments()).isNotEmpty()
                    .noneMatch(a -> a.task().hazardReference().equals("HA-0004"));
            assertThat(r.landNotes()).singleElement().satisfies(n -> assertThat(n)
                    .startsWith("HA-0004: all land released by land-release records (cancelled "));
            model.show(r);
            assertThat(model.landNotesProperty().get()).contains("set its status to Cancelled");
        }
    }
}
