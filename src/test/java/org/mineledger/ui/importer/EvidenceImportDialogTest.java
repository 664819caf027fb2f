package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real survey evidence import: preview in the background, a hazard area chosen, then Import. */
class EvidenceImportDialogTest extends DialogTest {
    @Test
    void previewListsWaypointsAndTracksAndImportStoresThemForTheChosenArea(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            GeometryFactory gf = new GeometryFactory();
            ws.add(HazardArea.draft(HazardReference.numbered(1), "Training field", HazardKind.SUSPECTED,
                    HazardStatus.ACTIVE, gf.createPolygon(new Coordinate[] {new Coordinate(30.50, 50.40),
                        new Coordinate(30.51, 50.40), new Coordinate(30.51, 50.41), new Coordinate(30.50, 50.40)}),
                    "", Instant.parse("2026-03-01T00:00:00Z")));
            EvidenceImportViewModel vm = new EvidenceImportViewModel(ws,
                    Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI()));
            AtomicBoolean imported = new AtomicBoolean();
            robot.interact(() -> new EvidenceImportDialog(owner, vm, () -> imported.set(true)).show());

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 5);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#evidenceSummary").queryAs(Label.class).getText())
                    .contains("3 point(s) and 2 line(s) ready to import, 0 with problems");
            assertThat(vm.drafts()).hasSize(5);
            robot.interact(() -> vm.hazardProperty().set("HA-0001"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.drafts().isEmpty()
                    && vm.drafts().get(0).hazard() != null);
            WaitForAsyncUtils.waitForFxEvents();
            Button importButton = robot.lookup("#evidenceImport").queryButton();
            assertThat(importButton.isDisabled()).isFalse();

            robot.interact(importButton::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, imported::get);

            assertThat(new SurveyEvidenceStore(ws).all()).hasSize(5).extracting(SurveyEvidence::hazard)
                    .containsOnly(HazardReference.numbered(1));
        }
    }

    @Test
    void evidenceWithProblemsIsListedAndCannotBeImportedWhole(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            EvidenceImportViewModel vm = new EvidenceImportViewModel(ws, Path.of(getClass()
                    .getResource("/org/mineledger/io/hostile-evidence/out-of-range-track.gpx").toURI()));

            robot.interact(() -> vm.show(vm.read()));

            assertThat(vm.rows()).hasSize(3);
            assertThat(vm.rows().get(0).result()).contains("outside the globe");
            assertThat(vm.rows().get(2).ready()).isTrue();
            assertThat(vm.canImportProperty().get()).isFalse();
            robot.interact(() -> vm.skipProblemsProperty().set(true));
            assertThat(vm.canImportProperty().get()).isTrue();
        }
    }
}
