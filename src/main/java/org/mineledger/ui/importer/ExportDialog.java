package org.mineledger.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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

/** Export of all hazard areas or of those shown, to a chosen format; the file is written in a background task. */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final Label message = new Label();

    /**
     * @param all    every area of the workspace
     * @param shown  the areas the table shows (after filters)
     * @param banner training banner of the workspace, "" for real data
     */
    public ExportDialog(Window owner, List<HazardArea> all, List<HazardArea> shown, String banner, String sampleId) {
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
        everything.setToggleGroup(scope);
        filtered.setToggleGroup(scope);
        everything.setSelected(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setVisible(false);
        busy.setPrefSize(24, 24);
        Button export = new Button(Messages.get("export.button"));
        export.setDefaultButton(true);
        Button close = new Button(Messages.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
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
            List<HazardArea> areas = List.copyOf(everything.isSelected() ? all : shown);
            Path file = out;
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    f.write(areas, file, banner, sampleId);
                    return null;
                }
            };
            task.setOnSucceeded(x -> {
                busy.setVisible(false);
                message.setText(Messages.format("export.done", areas.size(), file));
            });
            task.setOnFailed(x -> {
                busy.setVisible(false);
                message.setText(task.getException().getMessage());
            });
            busy.setVisible(true);
            Thread t = new Thread(task, "mineledger-export");
            t.setDaemon(true);
            t.start();
        });
        message.setWrapText(true);
        VBox root = new VBox(8, new Label(Messages.get("export.format")), format, everything, filtered,
                new HBox(8, busy, close, export), message);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 460, 260));
    }

    public void show() {
        stage.show();
    }
}
