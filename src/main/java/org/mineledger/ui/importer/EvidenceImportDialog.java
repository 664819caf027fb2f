package org.mineledger.ui.importer;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.ui.Messages;
import org.mineledger.ui.map.MapView;

/**
 * The survey evidence import preview: waypoints and tracks with their problems, on a list and on the map, the
 * hazard area they belong to, and the Import button. Reading and importing run in background tasks with cancel.
 */
public final class EvidenceImportDialog {
    private final EvidenceImportViewModel model;
    private final Runnable onImported;
    private final Stage stage = new Stage();
    private final MapView map = new MapView();
    private final ImportTasks tasks;

    public EvidenceImportDialog(Window owner, EvidenceImportViewModel model, Runnable onImported) {
        this.model = model;
        this.onImported = onImported;
        this.tasks = new ImportTasks(model);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.format("evidence.title", model.file().getFileName()));
        ComboBox<String> hazard = new ComboBox<>();
        hazard.setId("evidenceHazard");
        hazard.setPromptText(Messages.get("evidence.hazard.none"));
        hazard.getItems().add(null);
        hazard.getItems().addAll(model.hazardChoices());
        hazard.valueProperty().bindBidirectional(model.hazardProperty());
        hazard.valueProperty().addListener((o, a, b) -> refresh());
        TableView<ImportViewModel.Row> table = new TableView<>(model.rows());
        table.setId("evidenceRows");
        table.getColumns().add(ImportDialog.column("import.col.where", ImportViewModel.Row::location, 180));
        table.getColumns().add(ImportDialog.column("import.col.id", ImportViewModel.Row::id, 100));
        table.getColumns().add(ImportDialog.column("import.col.result", ImportViewModel.Row::result, 400));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        SplitPane centre = new SplitPane(table, map);
        centre.setDividerPositions(0.55);
        BorderPane root = new BorderPane(centre);
        root.setPadding(new Insets(8));
        HBox top = new HBox(8, new Label(Messages.get("evidence.hazard")), hazard);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setBottom(bottom());
        stage.setScene(new Scene(root, 1100, 650));
        model.drafts().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            map.evidenceProperty().set(List.copyOf(model.drafts()));
            map.zoomToAll();
        });
        stage.setOnCloseRequest(e -> tasks.cancel());
    }

    /** Shows the dialog and starts reading the file. */
    public void show() {
        stage.show();
        refresh();
    }

    private VBox bottom() {
        tasks.summary().setId("evidenceSummary");
        tasks.importButton().setId("evidenceImport");
        return tasks.footer(onImported, stage::close);
    }

    private void refresh() {
        tasks.refresh();
    }
}
