package org.mineledger.ui.training;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.mineledger.ui.Messages;

/** A small window that shows an exercise-pack task's progress, lets the user cancel it, and reports the result. */
final class PackProgress {
    private final ExercisePackTask task;
    private final Consumer<RuntimeException> onError;

    PackProgress(ExercisePackTask task, Consumer<RuntimeException> onError) {
        this.task = task;
        this.onError = onError;
    }

    void start() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(320);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        dialog.setTitle(Messages.get("training.pack"));
        dialog.setHeaderText(Messages.get("training.pack.working"));
        dialog.getDialogPane().setContent(new VBox(8, message, bar));
        dialog.setOnCloseRequest(e -> task.cancel());
        task.setOnSucceeded(e -> {
            dialog.close();
            Path folder = task.getValue();
            if (folder != null) {
                Alert done = new Alert(Alert.AlertType.INFORMATION, Messages.format("training.pack.done", folder));
                done.setHeaderText(Messages.get("training.pack"));
                done.show();
            }
        });
        task.setOnFailed(e -> {
            dialog.close();
            Throwable t = task.getException();
            onError.accept(t instanceof RuntimeException r ? r
                    : new IllegalStateException(Messages.format("training.pack.failed", t.getMessage()), t));
        });
        task.setOnCancelled(e -> dialog.close());
        Thread worker = new Thread(task, "exercise-pack");
        worker.setDaemon(true);
        worker.start();
        dialog.show();
    }
}
