package org.mineledger.ui.edit;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mineledger.geo.Declination;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.UtmZone;

/**
 * The north of typed bearings, without Nodes: the grid of grid bearings (blank: the UTM zone of the reference
 * point) and the magnetic declination with the date it applies to. Shared by the traverse dialog and the records.
 */
public final class NorthEntry {
    private final StringProperty grid = new SimpleStringProperty(this, "grid", "");
    private final StringProperty declination = new SimpleStringProperty(this, "declination", "");
    private final ObjectProperty<LocalDate> declinationDate = new SimpleObjectProperty<>(this, "declinationDate");

    /** The fields, for listeners that recompute when one changes. */
    public List<Observable> fields() {
        return List.of(grid, declination, declinationDate);
    }

    /** The conversion as typed; the grid may be null (see {@link #withGridAt}). Messages name the field. */
    public NorthConversion conversion() {
        return new NorthConversion(grid(), declination());
    }

    /** The typed grid, or null when blank. */
    public Grid grid() {
        String g = grid.get() == null ? "" : grid.get().strip();
        return g.isEmpty() ? null : Grid.of(g);
    }

    /** The typed declination with its date, or null when blank. */
    public Declination declination() {
        String d = declination.get() == null ? "" : declination.get().strip();
        if (d.isEmpty()) {
            return null;
        }
        double east;
        try {
            east = Double.parseDouble(d.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Declination '" + d + "' is not a number: enter degrees east, "
                    + "negative for west (e.g. 9.5 or -2.25).", e);
        }
        if (declinationDate.get() == null) {
            throw new IllegalArgumentException("Enter the date of the declination " + d
                    + "° (declination drifts every year; take the date from the map margin or model).");
        }
        return new Declination(east, declinationDate.get());
    }

    /** Grid bearings without a chosen grid use the UTM zone of the reference point. */
    public static NorthConversion withGridAt(NorthConversion north, GeoPoint rp) {
        if (north.grid() != null) {
            return north;
        }
        int zone = (int) Math.floor((rp.lon() + 180) / 6) % 60 + 1;
        return new NorthConversion(new UtmZone(zone), north.declination());
    }

    /** Shows a stored conversion as if typed. */
    public void fill(NorthConversion north) {
        grid.set(north.gridIfAny().map(Grid::id).orElse(""));
        Declination d = north.declination();
        declination.set(d == null ? "" : java.math.BigDecimal.valueOf(d.degreesEast()).stripTrailingZeros()
                .toPlainString());
        declinationDate.set(d == null ? null : d.date());
    }

    /** Grid of grid bearings ({@code utm35}, {@code epsg:3067}); empty means the UTM zone of the reference point. */
    public StringProperty gridProperty() { return grid; }
    /** Magnetic declination in degrees east (negative west), as typed. */
    public StringProperty declinationProperty() { return declination; }
    public ObjectProperty<LocalDate> declinationDateProperty() { return declinationDate; }
}
