package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.evidence.EvidenceImport;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the survey evidence list: show a feature on the map, delete a wrongly imported one after confirming. */
class EvidenceListDialogTest extends DialogTest {
    @Test
    void deletingTheSelectedFeatureAfterConfirmingRemovesItWithOneAuditEntry(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            SurveyEvidenceStore store = withEvidence(ws);
            AtomicReference<GeoPoint> shown = new AtomicReference<>();
            AtomicInteger changed = new AtomicInteger();
            robot.interact(() -> new EvidenceListDialog(owner, store, shown::set, changed::incrementAndGet).show());
            TableView<?> table = robot.lookup("#evidenceTable").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(5);

            robot.clickOn("Crater 1");
            robot.clickOn("#evidenceShow");
            assertThat(shown.get()).isEqualTo(new GeoPoint(50.4012345, 30.5023456));

            robot.clickOn("#evidenceDelete");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#evidenceConfirm").queryAs(javafx.scene.control.DialogPane.class)
                    .getContentText()).startsWith("Delete survey evidence feature 1 \u201cCrater 1\u201d");
            robot.clickOn("Yes");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(store.all()).extracting(SurveyEvidence::id).containsExactly(2L, 3L, 4L, 5L);
            assertThat(table.getItems()).hasSize(4);
            assertThat(changed.get()).as("the main window re-reads the map").isEqualTo(1);
            assertThat(robot.lookup("#evidenceListMessage").queryAs(Label.class).getText())
                    .startsWith("Deleted 1 survey evidence feature(s)");
            assertThat(ws.auditTrail()).filteredOn(e -> e.action() == AuditEntry.Action.DELETE).hasSize(1)
                    .first().satisfies(e -> assertThat(e.entityId()).isEqualTo(1));
            assertThat(ws.check().problems()).isEmpty();
        }
    }

    @Test
    void answeringNoDeletesNothing(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            SurveyEvidenceStore store = withEvidence(ws);
            robot.interact(() -> new EvidenceListDialog(owner, store, p -> { }, () -> { }).show());

            robot.clickOn("Survey walk");
            robot.clickOn("#evidenceDelete");
            robot.clickOn("No");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(store.all()).hasSize(5);
        }
    }

    /** The store of {@code ws} once the 5 features of survey-team3.gpx are imported into it. */
    private SurveyEvidenceStore withEvidence(Workspace ws) throws Exception {
        EvidenceImport session = new EvidenceImport(ws,
                Path.of(getClass().getResource("/org/mineledger/io/fixtures/survey-team3.gpx").toURI()));
        session.commit(session.preview(ImportOptions.defaults(), null), false, n -> { });
        return new SurveyEvidenceStore(ws);
    }
}
