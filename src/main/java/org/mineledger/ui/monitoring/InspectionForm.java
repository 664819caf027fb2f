package org.mineledger.ui.monitoring;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.mineledger.model.HazardReference;
import org.mineledger.ui.Messages;

/** The inspection log form: what a team found at one area on one day. */
final class InspectionForm {
    private final GridPane grid = new GridPane();
    private final List<Path> photos = new ArrayList<>();

    InspectionForm(MonitoringViewModel model) {
        ComboBox<HazardReference> area = new ComboBox<>(model.areas());
        area.setId("inspArea");
        DatePicker date = org.mineledger.ui.IsoDatePicker.create(LocalDate.now());
        date.setId("inspDate");
        TextField inspector = field("inspInspector");
        TextField team = field("inspTeam");
        TextField missing = field("inspMissing");
        missing.setPromptText("S-004, S-007");
        TextField damaged = field("inspDamaged");
        Spinner<Integer> breaches = new Spinner<>(0, 99, 0);
        breaches.setId("inspBreaches");
        CheckBox entry = new CheckBox(Messages.get("monitoring.form.entry"));
        entry.setId("inspEntry");
        CheckBox reviews = new CheckBox(Messages.get("monitoring.form.reviews"));
        reviews.setId("inspReviews");
        TextArea notes = new TextArea();
        notes.setId("inspNotes");
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(20);
        Label photoLabel = new Label(Messages.format("monitoring.form.photos", 0));
        Button addPhoto = new Button(Messages.get("monitoring.form.addPhoto"));
        addPhoto.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("monitoring.form.photoFilter"), "*.jpg", "*.jpeg", "*.png", "*.heic"));
            List<File> chosen = chooser.showOpenMultipleDialog(grid.getScene().getWindow());
            if (chosen != null) {
                chosen.forEach(f -> photos.add(f.toPath()));
                photoLabel.setText(Messages.format("monitoring.form.photos", photos.size()));
            }
        });
        Button save = new Button(Messages.get("monitoring.form.save"));
        save.setId("inspSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            try {
                model.logInspection(area.getValue(), date.getValue(), inspector.getText(), team.getText(),
                        missing.getText(), damaged.getText(), breaches.getValue(), entry.isSelected(),
                        reviews.isSelected(), notes.getText(), List.copyOf(photos));
                missing.clear();
                damaged.clear();
                notes.clear();
                photos.clear();
                photoLabel.setText(Messages.format("monitoring.form.photos", 0));
            } catch (RuntimeException ex) {
                model.messageProperty().set(ex.getMessage());
            }
        });
        int r = 0;
        Label title = new Label(Messages.get("monitoring.form.title"));
        title.setStyle("-fx-font-weight: bold;");
        grid.add(title, 0, r++, 2, 1);
        r = row(r, "monitoring.form.area", area);
        r = row(r, "monitoring.form.date", date);
        r = row(r, "monitoring.form.inspector", inspector);
        r = row(r, "monitoring.form.team", team);
        r = row(r, "monitoring.form.missing", missing);
        r = row(r, "monitoring.form.damaged", damaged);
        r = row(r, "monitoring.form.breaches", breaches);
        grid.add(entry, 1, r++);
        grid.add(reviews, 1, r++);
        r = row(r, "monitoring.form.notes", notes);
        grid.add(addPhoto, 0, r);
        grid.add(photoLabel, 1, r++);
        grid.add(save, 1, r);
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        // labels and buttons keep their whole text; the fields take what is left
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(200);
        grid.getColumnConstraints().setAll(labels, fields);
        addPhoto.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        entry.setMinWidth(Region.USE_PREF_SIZE);
        reviews.setMinWidth(Region.USE_PREF_SIZE);
        grid.setPrefWidth(440); // the lists beside it keep most of the dialog
        grid.setMinWidth(Region.USE_PREF_SIZE);
    }

    Region node() {
        return grid;
    }

    private int row(int r, String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, r);
        grid.add(control, 1, r);
        return r + 1;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
