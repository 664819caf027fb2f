package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real import dialog: the preview is read in the background, then Import stores the areas. */
class ImportDialogTest extends DialogTest {
    @Test
    void previewShowsTheFeaturesAndImportStoresThem(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportViewModel vm = new ImportViewModel(ws,
                    Path.of(getClass().getResource("/org/mineledger/io/fixtures/utm36.shp").toURI()));
            AtomicBoolean imported = new AtomicBoolean();
            robot.interact(() -> new ImportDialog(owner, vm, () -> imported.set(true)).show());

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 3);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> rows = robot.lookup("#importRows").queryTableView();
            assertThat(rows.getItems()).hasSize(3);
            assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                    .extracting(c -> String.valueOf(c.getText())).anyMatch(t -> t.contains("Ready: HA-0001"));
            assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                    .contains("3 area(s) ready to import, 0 with problems");
            Button importButton = robot.lookup("#importButton").queryButton();
            assertThat(importButton.isDisabled()).isFalse();

            robot.interact(importButton::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, imported::get);

            assertThat(ws.hazards()).hasSize(3);
        }
    }
}
