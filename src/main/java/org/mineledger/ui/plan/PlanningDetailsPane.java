package org.mineledger.ui.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.ui.Messages;

/**
 * The "Planning details" form for the selected hazard: priority facts, ground class and depth, task-sheet notes.
 * Saving validates, stores them with their audit entry and asks for a new priority order.
 */
final class PlanningDetailsPane {
    private final PlannerViewModel model;
    private final Runnable afterSave;
    private final ComboBox<String> hazard = new ComboBox<>();
    private final CheckBox blocked = new CheckBox(Messages.get("plan.details.blocked"));
    private final TextField blockedNote = field("planDetailsBlockedNote", 24);
    private final CheckBox request = new CheckBox(Messages.get("plan.details.request"));
    private final DatePicker requestDate = org.mineledger.ui.IsoDatePicker.create();
    private final TextField requestSource = field("planDetailsRequestSource", 18);
    private final TextField casualties = field("planDetailsCasualties", 5);
    private final DatePicker lastCasualty = org.mineledger.ui.IsoDatePicker.create();
    private final ComboBox<String> vegetation = new ComboBox<>();
    private final ComboBox<String> soil = new ComboBox<>();
    private final TextField depth = field("planDetailsDepth", 5);
    private final TextField access = field("planDetailsAccess", 40);
    private final TextField safeLane = field("planDetailsSafeLane", 40);
    private final TextField medevac = field("planDetailsMedevac", 24);
    private final TextField medevacDescription = field("planDetailsMedevacDescription", 24);
    private final TextField marking = field("planDetailsMarking", 40);
    private final Label status = new Label();
    private final VBox root;

    /** @param afterSave run after a successful save, e.g. to rank the hazards again */
    PlanningDetailsPane(PlannerViewModel model, Runnable afterSave) {
        this.model = model;
        this.afterSave = afterSave;
        hazard.setId("planDetailsHazard");
        hazard.getItems().setAll(model.openHazardReferences());
        blocked.setId("planDetailsBlocked");
        request.setId("planDetailsRequest");
        vegetation.setId("planDetailsVegetation");
        soil.setId("planDetailsSoil");
        vegetation.getItems().add(Messages.get("plan.details.default"));
        for (GroundClass.Vegetation v : GroundClass.Vegetation.values()) {
            vegetation.getItems().add(v.name().toLowerCase(Locale.ROOT));
        }
        soil.getItems().add(Messages.get("plan.details.default"));
        for (GroundClass.Soil v : GroundClass.Soil.values()) {
            soil.getItems().add(v.name().toLowerCase(Locale.ROOT));
        }
        medevac.setPromptText(Messages.get("plan.details.medevacHint"));
        depth.setPromptText("13");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int r = 0;
        // two columns, label and field(s): the form fits the planner's width, long labels included
        form.addRow(r++, label("plan.details.hazard"), hazard);
        form.addRow(r++, blocked, line(label("plan.details.blockedNote"), blockedNote));
        form.addRow(r++, request, line(label("plan.details.requestDate"), requestDate));
        form.addRow(r++, label("plan.details.requestSource"), requestSource);
        form.addRow(r++, label("plan.details.casualties"), line(casualties, label("plan.details.lastCasualty"),
                lastCasualty));
        form.addRow(r++, label("plan.details.vegetation"), line(vegetation, label("plan.details.soil"), soil));
        form.addRow(r++, label("plan.details.depth"), line(depth, label("plan.details.depthHint")));
        form.addRow(r++, label("plan.details.access"), access);
        form.addRow(r++, label("plan.details.safeLane"), safeLane);
        form.addRow(r++, label("plan.details.medevac"), medevac);
        form.addRow(r++, label("plan.details.medevacDescription"), medevacDescription);
        form.addRow(r++, label("plan.details.marking"), marking);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        Button save = new Button(Messages.get("plan.details.save"));
        save.setId("planDetailsSave");
        save.setOnAction(e -> save());
        status.setId("planDetailsStatus");
        status.setWrapText(true);
        Label hint = new Label(Messages.get("plan.details.hint"));
        hint.setWrapText(true);
        root = new VBox(8, hint, form, save, status);
        root.setPadding(new Insets(8));
        hazard.valueProperty().bindBidirectional(model.selectedHazardProperty());
        model.selectedHazardProperty().addListener((o, a, ref) -> show(ref));
        if (!hazard.getItems().isEmpty() && model.selectedHazardProperty().get() == null) {
            model.selectedHazardProperty().set(hazard.getItems().get(0));
        }
        show(model.selectedHazardProperty().get());
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true); // the intro wraps in the window's width instead of running off it
        return scroll;
    }

    private static javafx.scene.layout.HBox line(Node... nodes) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    private void show(String ref) {
        status.setText("");
        if (ref == null) {
            return;
        }
        PlanningDetails d = model.details(ref);
        blocked.setSelected(d.blockedAccess());
        blockedNote.setText(d.blockedNote());
        request.setSelected(d.communityRequest());
        requestDate.setValue(d.requestDate().orElse(null));
        requestSource.setText(d.requestSource());
        casualties.setText(String.valueOf(d.casualties()));
        lastCasualty.setValue(d.lastCasualty().orElse(null));
        vegetation.setValue(d.ground().map(g -> g.vegetation().name().toLowerCase(Locale.ROOT))
                .orElse(Messages.get("plan.details.default")));
        soil.setValue(d.ground().map(g -> g.soil().name().toLowerCase(Locale.ROOT))
                .orElse(Messages.get("plan.details.default")));
        depth.setText(d.depthCm().isPresent() ? String.valueOf(d.depthCm().getAsInt()) : "");
        access.setText(d.accessRoute());
        safeLane.setText(d.safeLane());
        medevac.setText(d.medevac().map(PlanningDetails.MedevacPoint::asTyped).orElse(""));
        medevacDescription.setText(d.medevac().map(PlanningDetails.MedevacPoint::description).orElse(""));
        marking.setText(d.markingReference());
    }

    private void save() {
        String ref = hazard.getValue();
        if (ref == null) {
            return;
        }
        try {
            model.saveDetails(read(ref));
            status.setStyle("-fx-text-fill: #006000;");
            status.setText(Messages.format("plan.details.saved", ref));
            afterSave.run();
        } catch (IllegalArgumentException e) { // CoordinateFormatException too: the form names the field
            status.setStyle("-fx-text-fill: #C00000;");
            status.setText(Messages.format("plan.details.invalid", e.getMessage()));
        }
    }

    /** The form as details; the model's validation messages name the field and what to do. */
    private PlanningDetails read(String ref) {
        int count = whole(casualties, "plan.details.casualties").orElse(0);
        Optional<GroundClass> ground = ground();
        String coordinate = medevac.getText().strip();
        Optional<PlanningDetails.MedevacPoint> point = coordinate.isEmpty() ? Optional.empty()
                : Optional.of(new PlanningDetails.MedevacPoint(medevacPosition(coordinate), coordinate,
                        medevacDescription.getText()));
        return new PlanningDetails(ref, blocked.isSelected(), blocked.isSelected() ? blockedNote.getText() : "",
                request.isSelected(), request.isSelected() ? Optional.ofNullable(requestDate.getValue())
                        : Optional.empty(), request.isSelected() ? requestSource.getText() : "", count,
                count > 0 ? Optional.ofNullable(lastCasualty.getValue()) : Optional.empty(), ground,
                whole(depth, "plan.details.depth"), access.getText(), safeLane.getText(), point, marking.getText());
    }

    private static org.mineledger.geo.GeoPoint medevacPosition(String coordinate) {
        try {
            return new CoordinateParser().parse(coordinate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("plan.details.medevac") + ": " + e.getMessage(), e);
        }
    }

    private Optional<GroundClass> ground() {
        String dflt = Messages.get("plan.details.default");
        boolean noVeg = vegetation.getValue() == null || vegetation.getValue().equals(dflt);
        boolean noSoil = soil.getValue() == null || soil.getValue().equals(dflt);
        if (noVeg && noSoil) {
            return Optional.empty();
        }
        if (noVeg || noSoil) {
            throw new IllegalArgumentException(Messages.get("plan.details.groundBoth"));
        }
        return Optional.of(GroundClass.parse(vegetation.getValue() + "/" + soil.getValue()));
    }

    private static OptionalInt whole(TextField f, String key) {
        String t = f.getText() == null ? "" : f.getText().strip();
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("plan.details.notNumber", Messages.get(key), t), e);
        }
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}
