package org.mineledger.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.ui.Messages;

/** Entry of a traverse record (reference point and legs) with live turning points, closure and area. */
public final class TraverseDialog {
    private final TraverseEntryModel model;
    private final Dialog<List<GeoPoint>> dialog = new Dialog<>();

    public TraverseDialog(Window owner, CoordinateSystem displaySystem) {
        this.model = new TraverseEntryModel(displaySystem);
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("traverse.title"));
        dialog.setHeaderText(Messages.get("traverse.header"));
        dialog.setResizable(true);
        VBox content = new VBox(8, referenceBox(), northBox(), new Label(Messages.get("traverse.legs")), legsTable(),
                legEntry(), resultBox());
        dialog.getDialogPane().setContent(content);
        ButtonType use = new ButtonType(Messages.get("traverse.use"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(use, ButtonType.CANCEL);
        Button useButton = (Button) dialog.getDialogPane().lookupButton(use);
        useButton.setId("useTraverse");
        useButton.disableProperty().bind(model.usableProperty().not());
        dialog.setResultConverter(b -> b == use ? model.corners() : null);
    }

    /** Shows the dialog and returns TP1 … TPn when the user takes the polygon. */
    public static Optional<List<GeoPoint>> show(Window owner, CoordinateSystem displaySystem) {
        return new TraverseDialog(owner, displaySystem).dialog.showAndWait();
    }

    /** The entry state, for tests. */
    public TraverseEntryModel model() {
        return model;
    }

    private VBox referenceBox() {
        ToggleGroup group = new ToggleGroup();
        RadioButton byCoordinate = new RadioButton(Messages.get("traverse.rp.coordinate"));
        byCoordinate.setToggleGroup(group);
        byCoordinate.setSelected(true);
        RadioButton byLandmark = new RadioButton(Messages.get("traverse.rp.landmark"));
        byLandmark.setId("rpFromLandmark");
        byLandmark.setToggleGroup(group);
        model.fromLandmarkProperty().bind(byLandmark.selectedProperty());
        TextField rp = field("traverseReference", Messages.get("traverse.rp.prompt"), 28);
        rp.textProperty().bindBidirectional(model.referenceProperty());
        rp.disableProperty().bind(byLandmark.selectedProperty());
        TextField lm = field("traverseLandmark", Messages.get("traverse.lm.prompt"), 28);
        lm.textProperty().bindBidirectional(model.landmarkProperty());
        TextField lmBearing = field("landmarkBearing", Messages.get("traverse.bearing"), 7);
        lmBearing.textProperty().bindBidirectional(model.landmarkBearingProperty());
        ComboBox<AngleUnit> lmUnit = combo("landmarkUnit", AngleUnit.values(), AngleUnit.DEGREES);
        model.landmarkUnitProperty().bind(lmUnit.valueProperty());
        ComboBox<NorthReference> lmNorth = combo("landmarkNorth", NorthReference.values(), NorthReference.TRUE);
        model.landmarkNorthProperty().bind(lmNorth.valueProperty());
        TextField lmDistance = field("landmarkDistance", Messages.get("traverse.distance"), 7);
        lmDistance.textProperty().bindBidirectional(model.landmarkDistanceProperty());
        HBox landmarkRow = new HBox(6, lm, lmBearing, lmUnit, lmNorth, lmDistance);
        landmarkRow.disableProperty().bind(byLandmark.selectedProperty().not());
        TextField tieBearing = field("tieBearing", Messages.get("traverse.bearing"), 7);
        tieBearing.textProperty().bindBidirectional(model.tieBearingProperty());
        ComboBox<AngleUnit> tieUnit = combo("tieUnit", AngleUnit.values(), AngleUnit.DEGREES);
        model.tieUnitProperty().bind(tieUnit.valueProperty());
        ComboBox<NorthReference> tieNorth = combo("tieNorth", NorthReference.values(), NorthReference.TRUE);
        model.tieNorthProperty().bind(tieNorth.valueProperty());
        TextField tieDistance = field("tieDistance", Messages.get("traverse.distance"), 7);
        tieDistance.textProperty().bindBidirectional(model.tieDistanceProperty());
        HBox tieRow = new HBox(6, new Label(Messages.get("traverse.tie")), tieBearing, tieUnit, tieNorth, tieDistance);
        tieRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, new HBox(12, byCoordinate, rp), byLandmark, landmarkRow, tieRow);
    }

    private GridPane northBox() {
        TextField grid = field("traverseGrid", Messages.get("traverse.grid.prompt"), 12);
        grid.textProperty().bindBidirectional(model.gridProperty());
        TextField declination = field("traverseDeclination", Messages.get("traverse.declination.prompt"), 8);
        declination.textProperty().bindBidirectional(model.declinationProperty());
        DatePicker date = new DatePicker();
        date.setId("traverseDeclinationDate");
        date.valueProperty().bindBidirectional(model.declinationDateProperty());
        TextField tolerance = field("traverseTolerance", "0.5", 6);
        tolerance.textProperty().bindBidirectional(model.toleranceProperty());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label(Messages.get("traverse.grid")), grid, new Label(Messages.get("traverse.declination")),
                declination, date);
        g.addRow(1, new Label(Messages.get("traverse.tolerance")), tolerance);
        return g;
    }

    private TableView<TraverseLeg> legsTable() {
        TableView<TraverseLeg> t = new TableView<>(model.legs());
        t.setId("legsTable");
        t.setPrefHeight(150);
        t.setPlaceholder(new Label(Messages.get("traverse.legs.empty")));
        TableColumn<TraverseLeg, String> n = new TableColumn<>("#");
        n.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Integer.toString(model.legs().indexOf(c.getValue()) + 1)));
        TableColumn<TraverseLeg, String> b = new TableColumn<>(Messages.get("traverse.bearing"));
        b.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().bearing().toString()));
        TableColumn<TraverseLeg, String> d = new TableColumn<>(Messages.get("traverse.distance"));
        d.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.3f m", c.getValue().distance().metres())));
        t.getColumns().add(n);
        t.getColumns().add(b);
        t.getColumns().add(d);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return t;
    }

    private HBox legEntry() {
        TextField bearing = field("legBearing", Messages.get("traverse.bearing"), 7);
        ComboBox<AngleUnit> unit = combo("legUnit", AngleUnit.values(), AngleUnit.DEGREES);
        ComboBox<NorthReference> north = combo("legNorth", NorthReference.values(), NorthReference.TRUE);
        TextField distance = field("legDistance", Messages.get("traverse.distance"), 7);
        Button add = new Button(Messages.get("traverse.leg.add"));
        add.setId("addLeg");
        Runnable addLeg = () -> {
            if (model.addLeg(bearing.getText(), unit.getValue(), north.getValue(), distance.getText())) {
                bearing.clear();
                distance.clear();
                bearing.requestFocus();
            }
        };
        add.setOnAction(e -> addLeg.run());
        distance.setOnAction(e -> addLeg.run());
        Button remove = new Button(Messages.get("traverse.leg.removeLast"));
        remove.setId("removeLeg");
        remove.setOnAction(e -> {
            if (!model.legs().isEmpty()) {
                model.legs().remove(model.legs().size() - 1);
            }
        });
        return new HBox(6, bearing, unit, north, distance, add, remove);
    }

    private VBox resultBox() {
        ListView<String> points = new ListView<>(model.turningPoints());
        points.setId("turningPoints");
        points.setPrefHeight(140);
        Label closure = new Label();
        closure.setId("traverseClosure");
        closure.textProperty().bind(model.closureProperty());
        Label area = new Label();
        area.setId("traverseArea");
        area.textProperty().bind(model.areaProperty());
        Label error = new Label();
        error.setId("traverseError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #B00000;");
        error.textProperty().bind(model.errorProperty());
        CheckBox acknowledge = new CheckBox(Messages.get("traverse.acknowledge"));
        acknowledge.setId("acknowledgeClosure");
        acknowledge.setWrapText(true);
        acknowledge.setStyle("-fx-text-fill: #B00000; -fx-font-weight: bold;");
        acknowledge.selectedProperty().bindBidirectional(model.acknowledgedProperty());
        acknowledge.visibleProperty().bind(model.exceedsToleranceProperty());
        acknowledge.managedProperty().bind(model.exceedsToleranceProperty());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.addRow(0, new Label(Messages.get("traverse.closure")), closure);
        g.addRow(1, new Label(Messages.get("traverse.area")), area);
        return new VBox(4, new Label(Messages.get("traverse.points")), points, g, acknowledge, error);
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static <T extends Enum<T>> ComboBox<T> combo(String id, T[] values, T selected) {
        return LabelledCombo.of(id, values, selected, v -> Messages.get(v instanceof AngleUnit u
                ? (u == AngleUnit.DEGREES ? "traverse.unit.degrees" : "traverse.unit.mils")
                : "traverse.north." + v.name().toLowerCase(Locale.ROOT)));
    }
}
