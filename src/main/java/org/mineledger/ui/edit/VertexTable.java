package org.mineledger.ui.edit;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Precision;
import org.mineledger.ui.Messages;

/** The corners of the edited polygon, numbered as on the map, each coordinate editable in the display system. */
final class VertexTable {
    /** One row: the 0-based corner index and its position. */
    record Row(int index, GeoPoint point) {
    }

    private final TableView<Row> table = new TableView<>();
    private final PolygonEditModel model;
    private final ObservableValue<String> systemId;
    private boolean syncing;

    VertexTable(PolygonEditModel model, ObservableValue<String> systemId) {
        this.model = model;
        this.systemId = systemId;
        table.setId("vertexTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("edit.table.empty")));
        TableColumn<Row, Integer> number = new TableColumn<>(Messages.get("edit.table.number"));
        number.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().index() + 1));
        number.setPrefWidth(40);
        number.setMinWidth(32);
        number.setMaxWidth(48);
        number.setSortable(false);
        TableColumn<Row, String> coordinate = new TableColumn<>(Messages.get("edit.table.coordinate"));
        coordinate.setId("vertexCoordinate");
        coordinate.setCellValueFactory(r -> new ReadOnlyStringWrapper(format(r.getValue().point())));
        coordinate.setCellFactory(TextFieldTableCell.forTableColumn());
        coordinate.setOnEditCommit(e -> {
            if (!model.setCornerText(e.getRowValue().index(), e.getNewValue(), system())) {
                table.refresh();
            }
        });
        coordinate.setSortable(false);
        coordinate.setPrefWidth(280);
        coordinate.setMinWidth(260);
        table.getColumns().add(number);
        table.getColumns().add(coordinate);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        model.corners().addListener((javafx.collections.ListChangeListener<GeoPoint>) c -> rebuild());
        systemId.addListener((o, a, b) -> rebuild());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.selectedProperty().set(b.intValue());
            }
        });
        model.selectedProperty().addListener((o, a, b) -> selectRow(b.intValue()));
        table.setOnKeyPressed(e -> {
            int i = model.selectedProperty().get();
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null && i >= 0
                    && i < model.corners().size()) {
                model.deleteCorner(i);
                e.consume();
            }
        });
        rebuild();
    }

    TableView<Row> node() {
        return table;
    }

    private CoordinateSystem system() {
        return CoordinateSystem.of(systemId.getValue() == null ? "latlon" : systemId.getValue());
    }

    private String format(GeoPoint p) {
        try {
            return new CoordinateFormatter(system(), Precision.CENTIMETRE).format(p);
        } catch (IllegalArgumentException e) {
            return Messages.format("coords.outside", systemId.getValue());
        }
    }

    private void rebuild() {
        syncing = true;
        try {
            var rows = new java.util.ArrayList<Row>();
            for (int i = 0; i < model.corners().size(); i++) {
                rows.add(new Row(i, model.corners().get(i)));
            }
            table.getItems().setAll(rows);
        } finally {
            syncing = false;
        }
        selectRow(model.selectedProperty().get());
    }

    private void selectRow(int index) {
        syncing = true;
        try {
            if (index >= 0 && index < table.getItems().size()) {
                table.getSelectionModel().select(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }
}
