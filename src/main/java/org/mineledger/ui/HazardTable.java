package org.mineledger.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/** The hazard-area table with its kind and status filters; selection (several rows with Shift/Ctrl) follows the view model both ways. */
final class HazardTable {
    /** The narrowest the table pane gets (see the column widths). */
    static final double MIN_WIDTH = 448;
    private final VBox node;
    private final TableView<HazardArea> table = new TableView<>();
    private boolean syncing;

    HazardTable(MainViewModel model) {
        table.setId("hazardTable");
        table.setItems(model.filteredHazards());
        // minimum widths that show "HA-0001", "Lake Temmi east shore", "LMF", "Handed over" whole; Name is widest
        table.getColumns().add(column("table.reference", a -> a.reference().value(), 66));
        table.getColumns().add(column("table.name", HazardArea::name, 162));
        table.getColumns().add(column("table.kind", a -> a.kind().code(), 44));
        table.getColumns().add(column("table.status", a -> a.status().label(), 92));
        TableColumn<HazardArea, Double> area = new TableColumn<>(Messages.get("table.area"));
        area.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(new GeodesicArea(c.getValue().polygon()).area() / 10_000));
        area.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format("%,.2f", v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        area.setPrefWidth(64);
        area.setMinWidth(64);
        table.getColumns().add(area);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((InvalidationListener) o -> toModel(model));
        table.getSelectionModel().selectedItemProperty().addListener(o -> toModel(model));
        model.selection().addListener((InvalidationListener) o -> fromModel(model));
        model.selectedProperty().addListener(o -> fromModel(model));

        ComboBox<HazardKind> kind = filter("kindFilter", HazardKind.values(), HazardKind::label);
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        ComboBox<HazardStatus> status = filter("statusFilter", HazardStatus.values(), HazardStatus::label);
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        HBox filters = new HBox(6, new Label(Messages.get("filter.label")), kind, status);
        filters.setPadding(new Insets(4));
        node = new VBox(filters, table);
        // the columns' minimum widths, the vertical scroll bar and the borders: the split pane keeps the table this wide
        node.setMinWidth(MIN_WIDTH);
    }

    VBox node() {
        return node;
    }

    /** Shift/Ctrl-click selects several rows; the row clicked last is the focused area of the model. */
    private void toModel(MainViewModel model) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var sm = table.getSelectionModel();
            HazardArea last = sm.getSelectedItem();
            List<Long> ids = sm.getSelectedItems().stream().filter(Objects::nonNull).map(HazardArea::id).toList();
            model.select(ids, last != null && ids.contains(last.id()) ? last.id() : 0);
        } finally {
            syncing = false;
        }
    }

    /** A selection made elsewhere (map click, reload after a save) shows in the table, the focused row last. */
    private void fromModel(MainViewModel model) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var sm = table.getSelectionModel();
            HazardArea focus = model.selectedProperty().get();
            Set<Long> wanted = model.selection().stream().map(HazardArea::id).collect(Collectors.toSet());
            Set<Long> shown = sm.getSelectedItems().stream().filter(Objects::nonNull).map(HazardArea::id)
                    .collect(Collectors.toSet());
            HazardArea current = sm.getSelectedItem();
            if (wanted.equals(shown) && (focus == null ? current == null : current != null && current.id() == focus.id())) {
                return;
            }
            sm.clearSelection();
            for (HazardArea a : model.selection()) {
                if (a != focus) {
                    sm.select(a);
                }
            }
            if (focus != null) {
                sm.select(focus);
                table.scrollTo(focus);
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<HazardArea, String> column(String key, java.util.function.Function<HazardArea, String> f,
            double width) {
        TableColumn<HazardArea, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** A filter box whose empty choice means "all". */
    private static <T> ComboBox<T> filter(String id, T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("filter.all") : label.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setPromptText(Messages.get("filter.all"));
        return box;
    }
}
