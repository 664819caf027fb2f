package org.mineledger.ui.importer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.io.export.ExportTarget;
import org.mineledger.ui.Messages;
import org.mineledger.ui.importer.ExportViewModel.Scope;
import org.mineledger.ui.importer.ExportViewModel.What;

/**
 * Export of hazard areas or survey evidence (all, those the table shows, those selected) to a chosen format and
 * file; the file is written in a background {@link ExportJob} with progress and cancel.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportViewModel model;
    private final Label message = new Label();
    private final ProgressBar busy = new ProgressBar(0);
    private final Button stop = new Button(Messages.get("export.cancel"));
    private final Button export = new Button(Messages.get("export.button"));
    private ExportJob running;

    public ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("export.dialogTitle"));

        ComboBox<What> what = new ComboBox<>();
        what.setId("exportWhat");
        what.getItems().addAll(What.values());
        what.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(What w) {
                return w == null ? "" : Messages.get("export.what." + (w == What.HAZARDS ? "hazards" : "evidence"));
            }

            @Override
            public What fromString(String s) {
                return null;
            }
        });
        what.valueProperty().bindBidirectional(model.whatProperty());
        ComboBox<ExportFormat> format = new ComboBox<>(model.formats());
        format.setId("exportFormat");
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : ExportViewModel.formatLabel(f);
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());

        ToggleGroup scopes = new ToggleGroup();
        Map<Scope, RadioButton> radios = new EnumMap<>(Scope.class);
        VBox which = new VBox(4);
        for (Scope s : Scope.values()) {
            RadioButton r = new RadioButton();
            r.setId(switch (s) {
                case ALL -> "exportAll";
                case SHOWN -> "exportShown";
                case SELECTED -> "exportSelected";
            });
            r.setToggleGroup(scopes);
            r.setUserData(s);
            radios.put(s, r);
            which.getChildren().add(r);
        }
        Runnable relabel = () -> radios.forEach((s, r) -> {
            r.setText(model.label(s));
            r.setDisable(model.count(s) == 0 && s != Scope.ALL);
        });
        relabel.run();
        radios.get(model.scopeProperty().get()).setSelected(true);
        scopes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.scopeProperty().set((Scope) b.getUserData());
            }
        });
        model.whatProperty().addListener((o, a, b) -> relabel.run());

        TextField file = new TextField();
        file.setId("exportFile");
        file.textProperty().bindBidirectional(model.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(Messages.get("export.browse"));
        browse.setOnAction(e -> browse());

        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        Label whichLabel = new Label(Messages.get("export.which"));
        GridPane.setValignment(whichLabel, javafx.geometry.VPos.TOP);
        HBox fileRow = new HBox(6, file, browse);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("export.what")), what);
        form.addRow(1, new Label(Messages.get("export.format")), format);
        form.addRow(2, whichLabel, which);
        form.addRow(3, new Label(Messages.get("export.file")), fileRow);

        busy.setId("exportProgress");
        busy.setVisible(false);
        stop.setId("exportCancel");
        stop.setDisable(true);
        stop.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.countProperty().isEqualTo(0).or(stop.disableProperty().not()));
        export.setOnAction(e -> exportNow());
        Button close = new Button(Messages.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> stop.fire());
        message.setId("exportMessage");
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, stop, gap, close, export);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(10, form, summary, buttons, message);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 620, 300));
    }

    private void browse() {
        ExportFormat f = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.dialogTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ExportViewModel.formatLabel(f),
                "*." + f.extension()));
        try {
            Path current = model.target().toAbsolutePath();
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
        } catch (IllegalArgumentException e) {
            // no usable name typed yet: the chooser starts where it likes
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.fileProperty().set(chosen.getPath());
        }
    }

    private void exportNow() {
        Path out;
        try {
            out = model.target();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        String refusal = ExportTarget.refusal(out, null, model.formatProperty().get());
        if (refusal != null) {
            message.setText(refusal);
            return;
        }
        if (Files.exists(out)) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("export.exists", out), ButtonType.YES,
                    ButtonType.NO);
            ask.initOwner(stage);
            ask.setHeaderText(null);
            if (ask.showAndWait().filter(b -> b == ButtonType.YES).isEmpty()) {
                return;
            }
        }
        start(model.job());
    }

    /** Runs {@code job} in the background; the bar shows its progress, Cancel stops it. */
    private void start(ExportJob job) {
        running = job;
        message.setText("");
        busy.progressProperty().bind(job.progressProperty());
        busy.setVisible(true);
        stop.setDisable(false);
        Runnable done = () -> {
            busy.progressProperty().unbind();
            busy.setVisible(false);
            stop.setDisable(true);
            running = null;
        };
        job.setOnSucceeded(x -> {
            done.run();
            message.setText(model.doneMessage(job.getValue(), job.fileName()));
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
