package org.mineledger.ui.importer;

import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mineledger.io.importer.FeaturePreview;
import org.mineledger.ui.Messages;

/**
 * The background work of an import dialog and the controls that show it (summary, progress bar, message, Import
 * and Cancel): reading the preview, then storing it with progress; one task at a time, cancelled by Cancel. The
 * Import button is enabled only when nothing runs and the view model says the import may go ahead.
 */
final class ImportTasks {
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Button importButton = new Button(Messages.get("import.button"));
    private final Button cancelButton = new Button(Messages.get("import.cancel"));
    private final Label summary = new Label();
    private final PreviewViewModel<?> model;
    private Task<?> running;
    /** True while the running task reads the preview (not storing). */
    private boolean previewing;
    /**
     * True once a preview was stopped before it was shown: the preview held is then of the settings before, which
     * the dialog no longer shows, so Import stays off until a preview of the current settings is read.
     */
    private boolean stale;

    ImportTasks(PreviewViewModel<?> model) {
        this.model = model;
        model.canImportProperty().addListener((o, a, b) -> importButton.setDisable(!mayImport()));
    }

    private boolean mayImport() {
        return model.canImportProperty().get() && running == null && !stale;
    }

    /**
     * The foot of an import dialog: the summary line, the message, "skip problems", the progress bar, Cancel
     * (stops the running task, or closes the dialog when nothing runs) and Import, which runs {@code onImported}
     * and closes the dialog once the features are stored.
     */
    VBox footer(Runnable onImported, Runnable close) {
        summary.textProperty().bind(model.summaryProperty());
        CheckBox skip = new CheckBox(Messages.get("import.skipProblems"));
        skip.selectedProperty().bindBidirectional(model.skipProblemsProperty());
        message.setWrapText(true);
        importButton.setDefaultButton(true);
        importButton.setDisable(true);
        importButton.setOnAction(e -> commit(model.readyCount(), model::commit, () -> {
            onImported.run();
            close.run();
        }));
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> {
            if (isRunning()) {
                boolean wasPreview = previewing;
                cancel();
                if (wasPreview) {
                    stale = true;
                    message.setText(Messages.get("import.previewStopped"));
                    importButton.setDisable(true);
                }
            } else {
                close.run();
            }
        });
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, progress, cancelButton, importButton);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, summary, message, buttons);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return box;
    }

    Label summary() {
        return summary;
    }

    Label message() {
        return message;
    }

    Button importButton() {
        return importButton;
    }

    Button cancelButton() {
        return cancelButton;
    }

    boolean isRunning() {
        return running != null;
    }

    /** Reads the file's preview again in the background, then shows it on the FX thread. */
    void refresh() {
        preview(model);
    }

    private <T extends FeaturePreview> void preview(PreviewViewModel<T> m) {
        cancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateProgress(-1, 1);
                return m.read();
            }
        };
        task.setOnSucceeded(e -> {
            stale = false;
            m.show(task.getValue());
            message.setText("");
            finished();
        });
        task.setOnFailed(e -> {
            message.setText(task.getException().getMessage());
            finished();
        });
        start(task);
        previewing = true;
    }

    /** Stores {@code total} features with {@code commit}, which reports progress; {@code onDone} runs after. */
    private void commit(int total, ToIntFunction<IntConsumer> commit, Runnable onDone) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return commit.applyAsInt(done -> {
                    if (isCancelled()) {
                        throw new CancellationException(Messages.get("import.cancelled"));
                    }
                    updateProgress(done, total);
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onDone.run();
        });
        task.setOnFailed(e -> {
            message.setText(task.getException().getMessage());
            finished();
        });
        task.setOnCancelled(e -> {
            message.setText(Messages.get("import.cancelled"));
            finished();
        });
        start(task);
    }

    /**
     * Stops the running task, if any: the progress bar stops at once (a preview that was stopped shows nothing of
     * it), and a commit that was stopped rolls back (its message says so).
     */
    void cancel() {
        if (running != null) {
            Task<?> stopped = running;
            running = null;
            previewing = false;
            progress.progressProperty().unbind();
            progress.setProgress(0);
            stopped.cancel(false);
        }
    }

    private void start(Task<?> task) {
        running = task;
        previewing = false;
        importButton.setDisable(true);
        progress.progressProperty().bind(task.progressProperty());
        Thread t = new Thread(task, "mineledger-import");
        t.setDaemon(true);
        t.start();
    }

    private void finished() {
        running = null;
        previewing = false;
        progress.progressProperty().unbind();
        progress.setProgress(0);
        importButton.setDisable(!mayImport());
    }
}
