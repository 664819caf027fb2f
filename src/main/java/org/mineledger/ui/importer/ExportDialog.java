package org.mineledger.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.ui.Messages;

/**
 * Export of all hazard areas, of those the table shows (its filter) or of the selected one, to a chosen format;
 * the file is written in a background {@link ExportJob} with progress and cancel.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final Label message = new Label();
    private ExportJob running;

    /**
     * @param all    every area of the workspace
     * @param shown    the areas the table shows (after filters)
     * @param selected the areas selected in the table, empty when none
     * @param banner   training banner of the workspace, "" for real data
     */
    public ExportDialog(Window owner, List<HazardArea> all, List<HazardArea> shown, List<HazardArea> selected,
            String banner, String sampleId) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("export.title"));
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().addAll(ExportFormat.values());
        format.setValue(ExportFormat.GPKG);
        ToggleGroup scope = new ToggleGroup();
        RadioButton everything = new RadioButton(Messages.format("export.all", all.size()));
        RadioButton filtered = new RadioButton(Messages.format("export.shown", shown.size()));
        RadioButton chosen = new RadioButton(Messages.format("export.selected", selected.size()));
        everything.setId("exportAll");
        filtered.setId("exportShown");
        chosen.setId("exportSelected");
        chosen.setDisable(selected.isEmpty());
        everything.setToggleGroup(scope);
        filtered.setToggleGroup(scope);
        chosen.setToggleGroup(scope);
        (selected.isEmpty() ? everything : chosen).setSelected(true);
        ProgressBar busy = new ProgressBar(0);
        busy.setId("exportProgress");
        busy.setVisible(false);
        Button stop = new Button(Messages.get("export.cancel"));
        stop.setId("exportCancel");
        stop.setDisable(true);
        Button export = new Button(Messages.get("export.button"));
        export.setDefaultButton(true);
        Button close = new Button(Messages.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        message.setId("exportMessage");
        export.setOnAction(e -> {
            ExportFormat f = format.getValue();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("export.title"));
            chooser.setInitialFileName("hazard-areas." + f.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
            File target = chooser.showSaveDialog(stage);
            if (target == null) {
                return;
            }
            Path out = target.toPath();
            if (!target.getName().toLowerCase(Locale.ROOT).endsWith("." + f.extension())) {
                out = Path.of(target.getPath() + "." + f.extension());
            }
            List<HazardArea> areas = List.copyOf(everything.isSelected() ? all : filtered.isSelected() ? shown
                    : selected);
            start(new ExportJob(f, areas, out, banner, sampleId), busy, stop, export);
        });
        stop.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        stage.setOnHidden(e -> stop.fire());
        message.setWrapText(true);
        VBox root = new VBox(8, new Label(Messages.get("export.format")), format, everything, filtered, chosen,
                new HBox(8, busy, stop, close, export), message);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 480, 300));
    }

    /** Runs {@code job} in the background; the bar shows its progress, {@code stop} cancels it. */
    void start(ExportJob job, ProgressBar busy, Button stop, Button export) {
        running = job;
        busy.progressProperty().bind(job.progressProperty());
        busy.setVisible(true);
        stop.setDisable(false);
        export.setDisable(true);
        Runnable done = () -> {
            busy.progressProperty().unbind();
            busy.setVisible(false);
            stop.setDisable(true);
            export.setDisable(false);
            running = null;
        };
        job.setOnSucceeded(x -> {
            done.run();
            message.setText(Messages.format("export.done", job.getValue(), job.fileName()));
        });
        job.setOnFailed(x -> {
            done.run();
            message.setText(job.getException().getMessage());
        });
        job.setOnCancelled(x -> {
            done.run();
            message.setText(Messages.get("export.cancelled"));
        });
        Thread t = new Thread(job, "mineledger-export");
        t.setDaemon(true);
        t.start();
    }

    public void show() {
        stage.show();
    }
}
