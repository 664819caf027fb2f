package org.mineledger.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry;

/** What is known of the selected hazard area, and its history from the audit trail. */
final class DetailsPane {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final VBox node;
    private final Label reference = value("detailReference");
    private final Label name = value("detailName");
    private final Label kind = value("detailKind");
    private final Label status = value("detailStatus");
    private final Label area = value("detailArea");
    private final Label unreleased = value("detailUnreleased");
    private final Label perimeter = value("detailPerimeter");
    private final Label vertices = value("detailVertices");
    private final Label created = value("detailCreated");
    private final Label updated = value("detailUpdated");
    private final TextArea notes = new TextArea();

    DetailsPane(MainViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (var pair : new Object[][] {{"details.reference", reference}, {"details.name", name},
                {"details.kind", kind}, {"details.status", status}, {"details.area", area},
                {"details.unreleased", unreleased},
                {"details.perimeter", perimeter}, {"details.vertices", vertices},
                {"details.created", created}, {"details.updated", updated}}) {
            grid.addRow(row++, new Label(Messages.get((String) pair[0])), (Label) pair[1]);
        }
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setId("detailNotes");

        TableView<AuditEntry> history = new TableView<>(model.history());
        history.setId("historyTable");
        history.getColumns().add(col("history.time", e -> UTC.format(e.time())));
        history.getColumns().add(col("history.user", AuditEntry::user));
        // the area's own changes by action alone; its records' changes say which record ("Land release 2 recorded")
        history.getColumns().add(col("history.action", e -> e.entity().equals("hazard_area")
                ? Messages.get("history.action." + e.action().name()) : AuditWording.what(e)));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        history.setPlaceholder(new Label(Messages.get("history.empty")));
        VBox.setVgrow(history, Priority.ALWAYS);

        Label title = new Label(Messages.get("details.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        Label historyTitle = new Label(Messages.get("history.title"));
        historyTitle.setStyle("-fx-font-weight: bold;");
        node = new VBox(6, title, grid, new Label(Messages.get("details.notes")), notes, historyTitle, history);
        node.setPadding(new Insets(8));
        node.setMinWidth(240);
        model.selectedProperty().addListener((o, a, b) -> show(b));
        model.accountingProperty().addListener((o, a, b) -> showUnreleased(b));
        show(null);
        showUnreleased(model.accountingProperty().get());
    }

    VBox node() {
        return node;
    }

    private void show(HazardArea a) {
        if (a == null) {
            for (Label l : new Label[] {reference, name, kind, status, area, unreleased, perimeter, vertices, created,
                updated}) {
                l.setText("—");
            }
            notes.setText("");
            return;
        }
        GeodesicArea measure = new GeodesicArea(a.polygon());
        reference.setText(a.reference().value());
        name.setText(a.name());
        kind.setText(a.kind().label() + " (" + a.kind().code() + ")");
        status.setText(a.status().label());
        area.setText(String.format("%,.1f m²  (%,.4f ha)", measure.area(), measure.area() / 10_000));
        perimeter.setText(String.format("%,.2f m", measure.perimeter()));
        vertices.setText(String.valueOf(a.polygon().getExteriorRing().getNumPoints() - 1));
        created.setText(UTC.format(a.createdAt()));
        updated.setText(UTC.format(a.updatedAt()));
        notes.setText(a.notes());
    }

    /**
     * What the land-release records leave of the area, beside its original size above: the figure the planner,
     * the marking and the monitoring work on.
     */
    private void showUnreleased(org.mineledger.model.survey.AreaAccounting a) {
        if (a == null) {
            unreleased.setText("—");
            return;
        }
        double released = a.originalM2() - a.remainingM2();
        unreleased.setText(released < org.mineledger.store.UnreleasedLand.MIN_REMAINING_M2
                ? Messages.get("details.unreleased.all")
                : Messages.format("details.unreleased.part", a.remainingM2(), a.originalM2(),
                        a.releasedM2(org.mineledger.model.survey.ReleaseKind.CANCELLED),
                        a.releasedM2(org.mineledger.model.survey.ReleaseKind.REDUCED),
                        a.releasedM2(org.mineledger.model.survey.ReleaseKind.CLEARED)));
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static TableColumn<AuditEntry, String> col(String key, java.util.function.Function<AuditEntry, String> f) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }
}
