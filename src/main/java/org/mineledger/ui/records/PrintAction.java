package org.mineledger.ui.records;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.mineledger.ui.Messages;

/** Print PDF… of the laid-minefield form: choose the file, then print in a background task with progress. */
final class PrintAction {
    private PrintAction() {
    }

    /** Chooses a PDF file and prints in the background, with the progress in the status line. */
    static void run(LaidMinefieldFormModel model, javafx.stage.Window owner, HBox statusLine,
            java.util.function.Consumer<RuntimeException> onError) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.get("records.laid.print"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(model.current.get().number() + ".pdf");
        java.io.File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        javafx.concurrent.Task<java.nio.file.Path> task = model.printTask(f.toPath());
        Label progress = new Label();
        progress.textProperty().bind(task.messageProperty());
        statusLine.getChildren().add(progress);
        task.setOnSucceeded(e -> progress.textProperty().unbind());
        task.setOnFailed(e -> {
            progress.textProperty().unbind();
            progress.setText("");
            onError.accept(new IllegalArgumentException("Cannot write " + f + ": " + task.getException().getMessage()
                    + ". Check that the folder exists and the file is not open in a PDF viewer."));
        });
        Thread t = new Thread(task, "print-" + model.current.get().number());
        t.setDaemon(true);
        t.start();
    }

}
