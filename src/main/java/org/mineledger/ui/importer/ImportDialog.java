package org.mineledger.ui.importer;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.io.importer.FieldMapping.Field;
import org.mineledger.map.HazardLayer;
import org.mineledger.model.HazardKind;
import org.mineledger.ui.Messages;
import org.mineledger.ui.map.MapView;

/**
 * The import preview: the features of a file with their problems, on a list and on the map, the field mapping,
 * and the Import button. Reading and importing run in background tasks with progress and cancel.
 */
public final class ImportDialog {
    private final ImportViewModel model;
    private final Runnable onImported;
    private final Stage stage = new Stage();
    private final MapView map = new MapView();
    private final ImportTasks tasks;

    public ImportDialog(Window owner, ImportViewModel model, Runnable onImported) {
        this.model = model;
        this.onImported = onImported;
        this.tasks = new ImportTasks(model);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.format("import.title", model.file().getFileName()));
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(8));
        root.setTop(mappingPane());
        SplitPane centre = new SplitPane(table(), map);
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.55);
        root.setCenter(centre);
        root.setBottom(bottom());
        stage.setScene(new Scene(root, 1100, 650));
        model.drafts().addListener((javafx.collections.ListChangeListener<Object>) c ->
                map.hazardsProperty().set(new HazardLayer(model.drafts())));
        // the map fits every feature of the file, those with problems too (they are what needs looking at)
        model.extentProperty().addListener((o, a, extent) -> {
            if (extent != null) {
                map.fitTo(extent);
            }
        });
        stage.setOnCloseRequest(e -> tasks.cancel());
    }

    /** The preview map drawn over {@code maps} (the main window's), so the features are seen in their place. */
    public ImportDialog withBaseMaps(java.util.List<org.mineledger.map.BaseMap> maps) {
        map.baseMapsProperty().set(maps);
        return this;
    }

    /** Shows the dialog and starts reading the file. */
    public void show() {
        stage.show();
        refresh();
    }

    private GridPane mappingPane() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 0, 8, 0));
        int col = 0;
        for (Field f : Field.values()) {
            ComboBox<String> box = new ComboBox<>(model.attributes());
            box.setId("map-" + f.key());
            box.setEditable(true);
            box.setPromptText(Messages.get("import.automatic"));
            box.valueProperty().bindBidirectional(model.mappingProperty(f));
            box.valueProperty().addListener((o, a, b) -> refresh());
            grid.add(new Label(Messages.get("import.field." + f.key())), col, 0);
            grid.add(box, col++, 1);
        }
        ComboBox<HazardKind> kind = new ComboBox<>();
        kind.setId("defaultKind");
        kind.getItems().add(null);
        kind.getItems().addAll(HazardKind.values());
        kind.setPromptText(Messages.get("import.kind.none"));
        kind.setMinWidth(195); // "(report as a problem)" in full
        kind.valueProperty().bindBidirectional(model.defaultKindProperty());
        kind.valueProperty().addListener((o, a, b) -> refresh());
        grid.add(new Label(Messages.get("import.defaultKind")), col, 0);
        grid.add(kind, col, 1);
        // a row of its own, in full: the mapping row leaves no room for the sentence that says what it does
        javafx.scene.control.CheckBox renumber = new javafx.scene.control.CheckBox(Messages.get("import.renumber"));
        renumber.setId("renumber");
        renumber.setTooltip(new javafx.scene.control.Tooltip(Messages.get("import.renumber.tip")));
        renumber.selectedProperty().bindBidirectional(model.renumberProperty());
        renumber.selectedProperty().addListener((o, a, b) -> refresh());
        grid.add(renumber, 0, 2, col + 1, 1);
        return grid;
    }

    private TableView<ImportViewModel.Row> table() {
        TableView<ImportViewModel.Row> t = new TableView<>(model.rows());
        t.setId("importRows");
        t.getColumns().add(column("import.col.where", ImportViewModel.Row::location, 180));
        t.getColumns().add(column("import.col.id", ImportViewModel.Row::id, 80));
        t.getColumns().add(column("import.col.result", ImportViewModel.Row::result, 420));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return t;
    }

    static TableColumn<ImportViewModel.Row, String> column(String key,
            java.util.function.Function<ImportViewModel.Row, String> value, double width) {
        TableColumn<ImportViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // a long reason is cut to the column: the tooltip holds all of it
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
                if (getTooltip() != null) {
                    getTooltip().setWrapText(true);
                    getTooltip().setMaxWidth(600);
                }
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private VBox bottom() {
        tasks.summary().setId("importSummary");
        tasks.message().setId("importMessage");
        tasks.importButton().setId("importButton");
        tasks.cancelButton().setId("importCancel");
        return tasks.footer(onImported, stage::close);
    }

    private void refresh() {
        tasks.refresh();
    }
}
