package org.mineledger.ui.records;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Precision;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.store.SurveyStore;

/**
 * State of the explosive-ordnance find form of one hazard area: a point in any supported coordinate system
 * (read back live in WGS84 and MGRS), type and model, fuze state, depth in cm and the action taken. No Nodes.
 */
public final class OrdnanceFindFormModel {
    /** Deeper than this is more likely metres typed for centimetres (as {@link OrdnanceFind}). */
    private static final int MAX_DEPTH_CM = 500;
    public final StringProperty position = new SimpleStringProperty("");
    /** The position as understood, or what is wrong with it; updated as the user types. */
    public final StringProperty positionRead = new SimpleStringProperty("");
    public final StringProperty date = new SimpleStringProperty(LocalDate.now().toString());
    public final StringProperty typeModel = new SimpleStringProperty("");
    public final StringProperty fuzeState = new SimpleStringProperty("unknown");
    public final StringProperty depthCm = new SimpleStringProperty("");
    public final StringProperty actionTaken = new SimpleStringProperty("");
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** The finds stored for the hazard area, oldest first. */
    public final ObservableList<OrdnanceFind> finds = FXCollections.observableArrayList();

    private final SurveyStore store;
    private final HazardArea hazard;

    public OrdnanceFindFormModel(SurveyStore store, HazardArea hazard) {
        this.store = store;
        this.hazard = hazard;
        finds.setAll(store.finds(hazard.id()));
        position.addListener((o, a, b) -> positionRead.set(b.isBlank() ? "" : read(b)));
    }

    private static String read(String text) {
        try {
            GeoPoint p = new CoordinateParser().parse(text.strip());
            return CoordinateSystem.LATLON.format(p, Precision.METRE) + "   " + mgrs(p);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String mgrs(GeoPoint p) {
        try {
            return "MGRS " + CoordinateSystem.MGRS.format(p, Precision.METRE);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Stores the find (one transaction with its audit entry); false with {@link #errors} when a field is wrong. */
    public boolean save() {
        errors.clear();
        GeoPoint p = null;
        if (position.get().isBlank()) {
            errors.put("position", "Enter where the item was found: lat/lon, UTM, MGRS or a national grid.");
        } else {
            try {
                p = new CoordinateParser().parse(position.get().strip());
            } catch (IllegalArgumentException e) {
                errors.put("position", e.getMessage());
            }
        }
        LocalDate d = TypedDate.parse(date.get(), errors);
        if (typeModel.get().isBlank()) {
            errors.put("typeModel", "Enter the type and model, e.g. AP blast mine PMN-2 (or 'unknown').");
        }
        int depth = depth();
        if (!errors.isEmpty()) {
            return false;
        }
        try {
            store.addFind(hazard.id(), new OrdnanceFind(p, d, typeModel.get(), fuzeState.get(), depth,
                    actionTaken.get()));
        } catch (IllegalArgumentException e) {
            errors.put("position", e.getMessage()); // refused by the store: too far from the area, or a future date
            return false;
        }
        finds.setAll(store.finds(hazard.id()));
        position.set("");
        depthCm.set("");
        return true;
    }

    private int depth() {
        String t = depthCm.get() == null ? "" : depthCm.get().strip();
        try {
            int cm = Integer.parseInt(t);
            if (cm < 0 || cm > MAX_DEPTH_CM) {
                errors.put("depth", "Depth " + cm + " cm is not plausible: type 0 to " + MAX_DEPTH_CM + " cm (0 for "
                        + "an item on the surface). Did you type metres?");
            }
            return cm;
        } catch (NumberFormatException e) {
            errors.put("depth", "Type the depth in whole centimetres, e.g. 8 (0 for an item on the surface).");
            return 0;
        }
    }

    public HazardArea hazard() {
        return hazard;
    }
}
