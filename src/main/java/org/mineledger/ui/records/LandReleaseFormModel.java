package org.mineledger.ui.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.GeoPoint;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.store.SurveyStore;

/** State of the land-release form for one hazard area; the accounting line is always up to date. No Nodes. */
public final class LandReleaseFormModel {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    public final ObjectProperty<ReleaseKind> kind = new SimpleObjectProperty<>(ReleaseKind.CLEARED);
    public final StringProperty method = new SimpleStringProperty("");
    public final StringProperty date = new SimpleStringProperty(LocalDate.now().toString());
    public final StringProperty corners = new SimpleStringProperty("");
    public final StringProperty accounting = new SimpleStringProperty("");
    /** The accounting as it would be with the release being typed, or why it would be refused; live. */
    public final StringProperty preview = new SimpleStringProperty("");
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final SurveyStore store;
    private final HazardArea hazard;

    public LandReleaseFormModel(SurveyStore store, HazardArea hazard) {
        this.store = store;
        this.hazard = hazard;
        refresh();
        for (javafx.beans.Observable o : List.of(kind, method, date, corners)) {
            o.addListener(x -> preview());
        }
    }

    /** Recomputes {@link #preview} from the corners typed so far (nothing is stored). */
    private void preview() {
        if (corners.get() == null || corners.get().isBlank()) {
            preview.set("");
            return;
        }
        try {
            List<LandReleaseEvent> all = new ArrayList<>(store.releases(hazard.id()));
            all.add(new LandReleaseEvent(kind.get(), polygon(corners.get()), method.get().isBlank() ? "(method)"
                    : method.get(), LocalDate.now()));
            preview.set("With this release: " + new AreaAccounting(hazard.reference().value(), hazard.polygon(), all)
                    .summary());
        } catch (IllegalArgumentException e) {
            preview.set("This release cannot be saved yet: " + e.getMessage());
        }
    }

    public HazardArea hazard() {
        return hazard;
    }

    /** Stores the release; false with {@link #errors} filled when a field is wrong or the release is refused. */
    public boolean save() {
        errors.clear();
        LocalDate d = TypedDate.parse(date.get(), errors);
        Polygon p = null;
        try {
            p = polygon(corners.get());
        } catch (IllegalArgumentException e) {
            errors.put("corners", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return false;
        }
        try {
            store.addRelease(hazard.id(), new LandReleaseEvent(kind.get(), p, method.get(), d));
        } catch (IllegalArgumentException e) {
            errors.put(e.getMessage().contains("method") ? "method" : "corners", e.getMessage());
            return false;
        }
        corners.set("");
        refresh();
        preview.set("");
        return true;
    }

    private void refresh() {
        accounting.set(hazard.reference() + ": " + store.accounting(hazard.id()).summary());
    }

    /** One coordinate per line in any supported system; the ring is closed automatically. */
    static Polygon polygon(String text) {
        List<Coordinate> c = new ArrayList<>();
        int line = 0;
        for (String l : (text == null ? "" : text).split("\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            try {
                GeoPoint p = new CoordinateParser().parse(l.strip());
                c.add(new Coordinate(p.lon(), p.lat()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "Corner on line %d ('%s'): %s", line,
                        l.strip(), e.getMessage()), e);
            }
        }
        if (c.size() < 3) {
            throw new IllegalArgumentException("Type at least three corners, one per line.");
        }
        if (!c.get(0).equals2D(c.get(c.size() - 1))) {
            c.add(c.get(0).copy());
        }
        return WGS84.createPolygon(c.toArray(Coordinate[]::new));
    }
}
