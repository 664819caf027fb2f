package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.ImportSession;
import org.mineledger.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel while the file is read again after a settings change: the progress bar stops, the dialog stays open and
 * says so, and Import stays off, since the preview it holds is of the settings before.
 */
class StoppedPreviewTest extends DialogTest {

    @Test
    void cancellingAPreviewStopsTheProgressBarAndKeepsImportOffUntilTheFileIsReadAgain(@TempDir Path dir)
            throws Exception {
        Path file = Path.of(getClass().getResource("/org/mineledger/io/fixtures/utm36.shp").toURI());
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            SecondReadWaits model = new SecondReadWaits(new ImportSession(ws, file), file);
            ImportTasks tasks = new ImportTasks(model);
            AtomicBoolean closed = new AtomicBoolean();
            robot.interact(() -> {
                Stage stage = new Stage();
                stage.initOwner(owner);
                stage.setScene(new Scene(tasks.footer(() -> { }, () -> closed.set(true)), 700, 120));
                stage.show();
                tasks.refresh();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.rows().size() == 3 && !tasks.isRunning());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tasks.importButton().isDisabled()).isFalse();

            robot.interact(tasks::refresh); // a setting changed: the file is read again, and this read waits
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.reads.get() == 2);
            ProgressBar bar = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
            assertThat(bar.isIndeterminate()).isTrue();
            robot.clickOn(tasks.cancelButton());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(closed).as("the first Cancel stops the reading, it does not close the dialog").isFalse();
            assertThat(bar.isIndeterminate()).as("no endless progress bar").isFalse();
            assertThat(tasks.message().getText()).startsWith("Reading the file was stopped");
            assertThat(tasks.importButton().isDisabled()).as("the preview held is of the settings before").isTrue();
            robot.interact(() -> model.skipProblemsProperty().set(true));
            assertThat(tasks.importButton().isDisabled()).isTrue();

            model.release.countDown();
            robot.interact(tasks::refresh);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !tasks.isRunning());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tasks.importButton().isDisabled()).as("a preview of the settings shown").isFalse();
            assertThat(tasks.message().getText()).isEmpty();
            robot.clickOn(tasks.cancelButton());
            assertThat(closed).as("Cancel with nothing running closes").isTrue();
        }
    }

    /** A real preview of the file; its second read waits until {@link #release} (a large file being read). */
    private static final class SecondReadWaits extends PreviewViewModel<ImportPreview> {
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        private final ImportSession session;

        SecondReadWaits(ImportSession session, Path file) {
            super(file, session::commit);
            this.session = session;
        }

        @Override
        public ImportPreview read() {
            if (reads.incrementAndGet() == 2) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return session.preview(ImportOptions.defaults());
        }

        @Override
        public void show(ImportPreview p) {
            display(p, p.candidates().stream().map(c -> new ImportViewModel.Row(c.source().location(), "", "",
                    c.ready())).toList(), "summary");
        }
    }
}
