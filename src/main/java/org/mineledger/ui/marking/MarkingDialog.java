package org.mineledger.ui.marking;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.plan.marking.BarrierKind;
import org.mineledger.ui.Messages;

/**
 * The marking dialog: spacing (with the source of its default), buffer, pickets, barrier and coordinate system;
 * the totals and materials of the plan they give; Save, and exports that run in the background with progress and
 * cancel. The sign positions are previewed on the main map by {@link MarkingLauncher}.
 */
final class MarkingDialog {
    private final MarkingViewModel model;
    private final Stage stage = new Stage();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("marking.cancelExport"));
    private final Label status = new Label();
    private Task<Path> running;

    MarkingDialog(MarkingViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.format("marking.title", model.area().reference(), model.area().name()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        TextField spacing = field("markSpacing", model.spacingProperty());
        Label source = new Label();
        source.setId("markSpacingSource");
        source.setWrapText(true);
        source.setMaxWidth(330);
        source.setStyle("-fx-font-size: 90%; -fx-text-fill: #555555;");
        source.textProperty().bind(model.spacingSourceProperty());
        form.addRow(row++, new Label(Messages.get("marking.field.spacing")), spacing);
        form.add(source, 1, row++);
        form.addRow(row++, new Label(Messages.get("marking.field.buffer")), field("markBuffer", model.bufferProperty()));
        form.addRow(row++, new Label(Messages.get("marking.field.pickets")),
                field("markPickets", model.picketsProperty()));
        ComboBox<BarrierKind> barrier = new ComboBox<>();
        barrier.setId("markBarrier");
        barrier.getItems().setAll(BarrierKind.values());
        barrier.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BarrierKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public BarrierKind fromString(String text) {
                return BarrierKind.valueOf(text);
            }
        });
        barrier.valueProperty().bindBidirectional(model.barrierProperty());
        form.addRow(row++, new Label(Messages.get("marking.field.barrier")), barrier);
        form.addRow(row++, new Label(Messages.get("marking.field.strands")),
                field("markStrands", model.strandsProperty()));
        ComboBox<String> system = new ComboBox<>();
        system.setId("markSystem");
        system.getItems().setAll(CoordinateSystem.IDS);
        system.valueProperty().bindBidirectional(model.systemProperty());
        form.addRow(row++, new Label(Messages.get("marking.field.system")), system);

        Label totals = new Label();
        totals.setId("markTotals");
        totals.setStyle("-fx-font-weight: bold;");
        totals.textProperty().bind(model.totalsProperty());
        Label error = new Label();
        error.setId("markError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #C00000;");
        error.textProperty().bind(model.errorProperty());
        ListView<String> materials = new ListView<>(model.materials());
        materials.setId("markMaterials");
        materials.setPrefHeight(120);

        Button save = new Button(Messages.get("marking.save"));
        save.setId("markSave");
        save.disableProperty().bind(model.planProperty().isNull());
        save.setOnAction(e -> act(model::save));
        TextField folder = field("markFolder", model.folderProperty());
        folder.setPrefColumnCount(28);
        Button browse = new Button(Messages.get("marking.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                model.folderProperty().set(chosen.toString());
            }
        });
        HBox exports = new HBox(6, exportButton("markExportGpx", "marking.export.gpx", MarkingViewModel.Export.GPX),
                exportButton("markExportCsv", "marking.export.csv", MarkingViewModel.Export.CSV),
                exportButton("markExportPdf", "marking.export.pdf", MarkingViewModel.Export.PDF), progress, cancel);
        cancel.setId("markCancelExport");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        progress.setId("markProgress");
        status.setId("markMessage");
        status.setWrapText(true);
        status.textProperty().bind(model.messageProperty());
        VBox root = new VBox(8, form, error, totals, new Label(Messages.get("marking.materials")), materials,
                new HBox(6, save), new HBox(6, new Label(Messages.get("marking.folder")), folder, browse), exports,
                status);
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 640, 620));
    }

    Stage stage() {
        return stage;
    }

    MarkingViewModel model() {
        return model;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Button exportButton(String id, String key, MarkingViewModel.Export kind) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.disableProperty().bind(model.planProperty().isNull());
        b.setOnAction(e -> act(() -> start(model.export(kind))));
        return b;
    }

    private void start(Task<Path> task) {
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        cancel.setDisable(false);
        task.setOnSucceeded(e -> finish(task.getMessage()));
        task.setOnCancelled(e -> finish(Messages.get("marking.exportCancelled")));
        task.setOnFailed(e -> finish(Messages.format("marking.exportFailed", task.getException().getMessage())));
        Thread t = new Thread(task, "marking-export");
        t.setDaemon(true);
        t.start();
    }

    private void finish(String text) {
        cancel.setDisable(true);
        progress.progressProperty().unbind();
        model.messageProperty().set(text);
        running = null;
    }

    /** Runs a user action; a failure becomes the dialog's message, never a stack trace. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            model.messageProperty().set(e.getMessage());
        }
    }
}
