package org.mineledger.ui.importer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.WorkspaceException;
import org.mineledger.ui.Messages;

/**
 * The survey evidence of a workspace in a list: show a feature on the map, or delete wrongly imported ones (each
 * deletion one transaction with one audit entry, after the user confirms).
 */
public final class EvidenceListDialog {
    private final Stage stage = new Stage();
    private final SurveyEvidenceStore store;
    private final Runnable changed;
    private final TableView<SurveyEvidence> table = new TableView<>();
    private final Label message = new Label();

    /**
     * @param showOnMap centres the map on a position
     * @param changed   called after a deletion, so the window re-reads what it shows
     */
    public EvidenceListDialog(Window owner, SurveyEvidenceStore store, Consumer<GeoPoint> showOnMap, Runnable changed) {
        this.store = store;
        this.changed = changed;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("evidence.list.title"));
        table.setId("evidenceTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("evidence.list.empty")));
        table.getColumns().add(column("evidence.list.id", e -> String.valueOf(e.id()), 40));
        table.getColumns().add(column("evidence.list.kind", e -> Messages.get(e.isPoint() ? "evidence.point"
                : "evidence.line"), 50));
        table.getColumns().add(column("evidence.list.name", SurveyEvidence::name, 120));
        table.getColumns().add(column("evidence.list.hazard", e -> e.hazard() == null ? "" : e.hazard().value(), 70));
        table.getColumns().add(column("evidence.list.time", e -> e.time() == null ? "" : e.time().toString(), 150));
        table.getColumns().add(column("evidence.list.source", e -> e.sourceFile() + ", " + e.sourceFeature(), 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button show = new Button(Messages.get("evidence.list.show"));
        show.setId("evidenceShow");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> {
            Coordinate c = table.getSelectionModel().getSelectedItem().geometry().getCoordinate();
            showOnMap.accept(new GeoPoint(c.y, c.x));
        });
        Button delete = new Button(Messages.get("evidence.list.delete"));
        delete.setId("evidenceDelete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        MenuItem deleteItem = new MenuItem(Messages.get("evidence.list.delete"));
        deleteItem.setOnAction(e -> deleteSelected());
        table.setContextMenu(new ContextMenu(deleteItem));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().isEmpty()) {
                deleteSelected();
            }
        });
        Button close = new Button(Messages.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        message.setId("evidenceListMessage");
        message.setWrapText(true);

        VBox root = new VBox(8, table, new HBox(8, show, delete, close), message);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 720, 420));
        refresh();
    }

    /** Asks, then deletes the selected features one by one; the list and the map are read again afterwards. */
    void deleteSelected() {
        try {
            var deleted = EvidenceDeletion.confirmAndDelete(stage, store,
                    List.copyOf(table.getSelectionModel().getSelectedItems()));
            if (deleted.isEmpty()) {
                return;
            }
            message.setText(Messages.format("evidence.list.deleted", deleted.get()));
        } catch (WorkspaceException e) {
            message.setText(e.getMessage());
        }
        refresh();
        changed.run();
    }

    private void refresh() {
        table.getItems().setAll(store.all());
    }

    public void show() {
        stage.show();
    }

    private static TableColumn<SurveyEvidence, String> column(String key, Function<SurveyEvidence, String> f,
            double width) {
        TableColumn<SurveyEvidence, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
