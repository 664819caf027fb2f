package org.mineledger.ui.records;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Precision;
import org.mineledger.model.laid.LaneOrGap;

/**
 * The lanes and gaps of the laid-minefield form and the fields of the one being entered or edited. Bearings are
 * read in the form's unit and north. No Nodes.
 */
public final class LaneEntryModel {
    public final ObservableList<LaneOrGap> lanes = FXCollections.observableArrayList();
    public final StringProperty label = new SimpleStringProperty("");
    public final BooleanProperty gap = new SimpleBooleanProperty(false);
    public final StringProperty width = new SimpleStringProperty("");
    /** "bearing distance_m" from the reference point to the entry marker; blank when given by coordinates. */
    public final StringProperty fromRp = new SimpleStringProperty("");
    /** The entry marker in any supported coordinate system; blank when given from the reference point. */
    public final StringProperty entry = new SimpleStringProperty("");
    /** "bearing distance_m" from the entry marker to the exit marker. */
    public final StringProperty course = new SimpleStringProperty("");
    public final BooleanProperty marked = new SimpleBooleanProperty(true);
    public final BooleanProperty closed = new SimpleBooleanProperty(false);
    public final StringProperty description = new SimpleStringProperty("");
    /** Index in {@link #lanes} of the lane being edited, -1 when a new one is entered. */
    public final IntegerProperty editing = new SimpleIntegerProperty(-1);
    public final StringProperty error = new SimpleStringProperty("");

    private final Supplier<AngleUnit> unit;
    private final Supplier<NorthReference> north;

    LaneEntryModel(Supplier<AngleUnit> unit, Supplier<NorthReference> north) {
        this.unit = unit;
        this.north = north;
    }

    /** Adds the lane typed, or replaces the one being edited; false with {@link #error} when a field is wrong. */
    public boolean save() {
        LaneOrGap l;
        try {
            l = read();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        for (int i = 0; i < lanes.size(); i++) {
            if (i != editing.get() && lanes.get(i).label().equalsIgnoreCase(l.label())) {
                error.set("There is already a lane or gap labelled " + l.label() + "; give this one its own label, "
                        + "or select that one to edit it.");
                return false;
            }
        }
        if (editing.get() >= 0 && editing.get() < lanes.size()) {
            lanes.set(editing.get(), l);
        } else {
            lanes.add(l);
        }
        clear();
        return true;
    }

    /** Puts a lane into the fields for editing. */
    public void edit(int index) {
        LaneOrGap l = lanes.get(index);
        editing.set(index);
        label.set(l.label());
        gap.set(l.gap());
        width.set(LegText.plain(l.width().metres()));
        fromRp.set(l.fromReference() == null ? "" : LegText.format(l.fromReference()));
        entry.set(l.entry() == null ? "" : CoordinateSystem.LATLON.format(l.entry(), Precision.MILLIMETRE));
        course.set(l.course() == null ? "" : LegText.format(l.course()));
        marked.set(l.marked());
        closed.set(l.closed());
        description.set(l.description());
        error.set("");
    }

    public void delete(int index) {
        if (index >= 0 && index < lanes.size()) {
            lanes.remove(index);
            clear();
        }
    }

    /** Empties the fields for a new lane. */
    public void clear() {
        editing.set(-1);
        label.set("");
        gap.set(false);
        width.set("");
        fromRp.set("");
        entry.set("");
        course.set("");
        marked.set(true);
        closed.set(false);
        description.set("");
        error.set("");
    }

    private LaneOrGap read() {
        String name = label.get().isBlank() ? "The lane or gap" : label.get().strip();
        double w;
        try {
            w = Double.parseDouble(width.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": width '" + width.get().strip() + "' is not a number of "
                    + "metres; type e.g. 8.", e);
        }
        GeoPoint at = null;
        if (!entry.get().isBlank()) {
            try {
                at = new CoordinateParser().parse(entry.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " entry marker: " + e.getMessage(), e);
            }
        }
        return new LaneOrGap(label.get(), gap.get(), new Distance(w), LegText.leg(fromRp.get(), unit.get(),
                north.get(), name + " from RP"), at, LegText.leg(course.get(), unit.get(), north.get(),
                name + " course"), marked.get(), closed.get(), description.get());
    }

    /** One line of the list: label, kind and state, width. */
    static String line(LaneOrGap l) {
        return String.format(Locale.ROOT, "%s — %s, %s m%s", l.label(), l.state(), LegText.plain(l.width().metres()),
                l.description().isEmpty() ? "" : " — " + l.description());
    }
}
