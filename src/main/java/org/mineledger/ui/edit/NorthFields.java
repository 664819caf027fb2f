package org.mineledger.ui.edit;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.mineledger.geo.AngleUnit;
import org.mineledger.ui.Messages;

/** The controls that enter a {@link NorthEntry}, and the unit and north choices of typed bearings. */
public final class NorthFields {
    private final TextField grid;
    private final TextField declination;
    private final DatePicker date;

    /** @param idPrefix prefix of the controls' ids, e.g. {@code traverse} gives {@code traverseGrid} */
    public NorthFields(NorthEntry entry, String idPrefix) {
        grid = field(idPrefix + "Grid", Messages.get("traverse.grid.prompt"), 12);
        grid.textProperty().bindBidirectional(entry.gridProperty());
        declination = field(idPrefix + "Declination", Messages.get("traverse.declination.prompt"), 8);
        declination.textProperty().bindBidirectional(entry.declinationProperty());
        date = org.mineledger.ui.IsoDatePicker.create();
        date.setId(idPrefix + "DeclinationDate");
        date.valueProperty().bindBidirectional(entry.declinationDateProperty());
    }

    public TextField grid() {
        return grid;
    }

    public TextField declination() {
        return declination;
    }

    public DatePicker date() {
        return date;
    }

    static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** A choice of bearing unit or north reference, shown in words ("NATO mils (6400)", "magnetic north"). */
    public static <T extends Enum<T>> ComboBox<T> choice(String id, T[] values, T selected) {
        return LabelledCombo.of(id, values, selected, v -> Messages.get(v instanceof AngleUnit u
                ? (u == AngleUnit.DEGREES ? "traverse.unit.degrees" : "traverse.unit.mils")
                : "traverse.north." + v.name().toLowerCase(Locale.ROOT)));
    }
}
