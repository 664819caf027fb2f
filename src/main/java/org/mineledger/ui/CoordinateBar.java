package org.mineledger.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Precision;
import org.mineledger.ui.map.MapView;

/**
 * The status bar's coordinate tools: the system positions are shown in, the cursor readout in that system,
 * and a box that goes to a coordinate typed in any supported format.
 */
final class CoordinateBar {
    /** Systems a user can choose, by the id the CLI also uses. */
    static final List<String> SYSTEMS = CoordinateSystem.IDS;
    private final HBox node;
    private final ComboBox<String> system = new ComboBox<>();
    private final TextField goTo = new TextField();
    private final Label goToError = new Label();

    CoordinateBar(MapView map) {
        system.setId("displaySystem");
        system.getItems().setAll(SYSTEMS);
        system.getSelectionModel().select(0);
        // values stay the ids the editor and the CLI use; the user reads the systems' names
        system.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : name(id);
            }

            @Override
            public String fromString(String text) {
                return SYSTEMS.stream().filter(id -> name(id).equals(text)).findFirst().orElse(null);
            }
        });
        system.setTooltip(new Tooltip(Messages.get("coords.system.tip")));
        Label readout = new Label();
        readout.setId("cursorReadout");
        readout.setMinWidth(300);
        readout.textProperty().bind(Bindings.createStringBinding(() -> format(map.pointerPositionProperty().get()),
                map.pointerPositionProperty(), system.valueProperty()));
        goTo.setId("goToCoordinate");
        goTo.setPromptText(Messages.get("coords.goto.prompt"));
        goTo.setPrefColumnCount(22);
        goTo.setMinWidth(Region.USE_PREF_SIZE);
        goTo.setOnAction(e -> go(map));
        goTo.textProperty().addListener((o, a, b) -> goToError.setText(""));
        // the error has a line of its own above the status bar: it is read in full and squeezes nothing
        goToError.setId("goToError");
        goToError.setStyle("-fx-text-fill: #B00000;");
        goToError.setWrapText(true);
        goToError.setMaxWidth(Double.MAX_VALUE);
        goToError.setMinHeight(Region.USE_PREF_SIZE);
        goToError.visibleProperty().bind(goToError.textProperty().isNotEmpty());
        goToError.managedProperty().bind(goToError.visibleProperty());
        system.setMinWidth(Region.USE_PREF_SIZE);
        Label systemLabel = new Label(Messages.get("coords.system"));
        systemLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        node = new HBox(8, goTo, gap, systemLabel, system, readout);
        node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /** The name of system {@code id} as a user knows it: "ETRS-TM35FIN (Finland, EPSG:3067)". */
    static String name(String id) {
        return Messages.get("coords.name." + id.replace(':', '.'));
    }

    HBox node() {
        return node;
    }

    /** The go-to error, a wrapped line shown only while there is one. */
    Label errorLine() {
        return goToError;
    }

    CoordinateSystem chosenSystem() {
        return CoordinateSystem.of(system.getValue());
    }

    private String format(GeoPoint p) {
        if (p == null) {
            return "";
        }
        try {
            return new CoordinateFormatter(chosenSystem(), Precision.METRE).format(p);
        } catch (IllegalArgumentException e) {
            return Messages.format("coords.outside", system.getValue());
        }
    }

    private void go(MapView map) {
        try {
            GeoPoint p = new CoordinateParser().parse(goTo.getText());
            goToError.setText("");
            map.goTo(p);
        } catch (IllegalArgumentException e) {
            goToError.setText(e.getMessage());
        }
    }
}
