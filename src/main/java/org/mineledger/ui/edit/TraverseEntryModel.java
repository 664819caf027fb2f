package org.mineledger.ui.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Precision;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;

/**
 * Traverse entry without Nodes: a reference point (typed, or a landmark plus bearing and distance), legs of
 * bearing and distance, and the live result (turning points, closure error, geodesic area). A closure above
 * the user's tolerance must be acknowledged before the polygon can be used.
 */
public final class TraverseEntryModel {
    /** Default closure tolerance in metres, as the traverse command; each record keeps its own value. */
    public static final String DEFAULT_TOLERANCE_M = "0.5";
    private final CoordinateFormatter formatter;
    private final BooleanProperty fromLandmark = new SimpleBooleanProperty(this, "fromLandmark");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty landmark = new SimpleStringProperty(this, "landmark", "");
    private final StringProperty landmarkBearing = new SimpleStringProperty(this, "landmarkBearing", "");
    private final StringProperty landmarkDistance = new SimpleStringProperty(this, "landmarkDistance", "");
    private final ObjectProperty<AngleUnit> landmarkUnit = new SimpleObjectProperty<>(this, "landmarkUnit", AngleUnit.DEGREES);
    private final ObjectProperty<NorthReference> landmarkNorth =
            new SimpleObjectProperty<>(this, "landmarkNorth", NorthReference.TRUE);
    private final StringProperty tieBearing = new SimpleStringProperty(this, "tieBearing", "");
    private final StringProperty tieDistance = new SimpleStringProperty(this, "tieDistance", "");
    private final ObjectProperty<AngleUnit> tieUnit = new SimpleObjectProperty<>(this, "tieUnit", AngleUnit.DEGREES);
    private final ObjectProperty<NorthReference> tieNorth = new SimpleObjectProperty<>(this, "tieNorth", NorthReference.TRUE);
    private final NorthEntry north = new NorthEntry();
    private final StringProperty tolerance = new SimpleStringProperty(this, "tolerance", DEFAULT_TOLERANCE_M);
    private final ObservableList<TraverseLeg> legs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Traverse> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> turningPoints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper closure = new ReadOnlyStringWrapper(this, "closure", "");
    private final ReadOnlyStringWrapper area = new ReadOnlyStringWrapper(this, "area", "");
    private final ReadOnlyBooleanWrapper exceeds = new ReadOnlyBooleanWrapper(this, "exceedsTolerance");
    private final BooleanProperty acknowledged = new SimpleBooleanProperty(this, "acknowledged");
    private final BooleanBinding usable;

    public TraverseEntryModel(CoordinateSystem displaySystem) {
        this.formatter = new CoordinateFormatter(displaySystem, Precision.CENTIMETRE);
        for (ObservableValue<?> v : List.of(fromLandmark, reference, landmark, landmarkBearing, landmarkDistance,
                landmarkUnit, landmarkNorth, tieBearing, tieDistance, tieUnit, tieNorth, tolerance)) {
            v.addListener((o, a, b) -> recompute());
        }
        north.fields().forEach(v -> v.addListener(o -> recompute()));
        legs.addListener((javafx.collections.ListChangeListener<TraverseLeg>) c -> recompute());
        usable = Bindings.createBooleanBinding(() -> result.get() != null && (!exceeds.get() || acknowledged.get()),
                result, exceeds, acknowledged);
    }

    /**
     * Adds a leg from typed text; false with {@link #errorProperty} naming the leg when a number is wrong.
     */
    public boolean addLeg(String bearing, AngleUnit unit, NorthReference north, String distance) {
        try {
            legs.add(leg(bearing, unit, north, distance, "Leg " + (legs.size() + 1)));
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** The turning points TP1 … TPn of a usable result, the corners of the new polygon. */
    public List<GeoPoint> corners() {
        if (!usable.get()) {
            throw new IllegalStateException("The traverse cannot be used yet: " + (result.get() == null
                    ? error.get() : "acknowledge the closure error first."));
        }
        return result.get().turningPoints();
    }

    private void recompute() {
        acknowledged.set(false); // an acknowledgement covers the closure the user saw, not a changed one
        turningPoints.clear();
        closure.set("");
        area.set("");
        try {
            Traverse t = compute();
            result.set(t);
            error.set("");
            for (int i = 0; i < t.turningPoints().size(); i++) {
                turningPoints.add("TP" + (i + 1) + "  " + format(t.turningPoints().get(i)));
            }
            double n = t.closure().ratio();
            closure.set(String.format(Locale.ROOT, "%.3f m (%s), towards TP1 at %.1f° true", t.closure().gap().metres(),
                    Double.isInfinite(n) ? "exact" : String.format(Locale.ROOT, "1:%.0f", Math.floor(n)),
                    t.closure().bearing().degrees()));
            GeodesicArea g = t.area();
            area.set(String.format(Locale.ROOT, "%.1f m² (%.4f ha), perimeter %.2f m", g.area(), g.area() / 10_000,
                    g.exteriorPerimeter()));
            exceeds.set(t.exceedsTolerance(new Distance(toleranceMetres())));
        } catch (IllegalArgumentException e) {
            result.set(null);
            exceeds.set(false);
            error.set(e.getMessage());
        }
    }

    private Traverse compute() {
        toleranceMetres();
        NorthConversion north = this.north.conversion();
        GeoPoint rp;
        if (fromLandmark.get()) {
            GeoPoint lm = point(landmark.get(), "The landmark");
            rp = Traverse.referenceFromLandmark(lm, leg(landmarkBearing.get(), landmarkUnit.get(), landmarkNorth.get(),
                    landmarkDistance.get(), "The landmark-to-RP leg"), north);
        } else {
            rp = point(reference.get(), "The reference point");
        }
        if (legs.size() < 3) {
            throw new IllegalArgumentException("Enter the legs TP1→TP2 … TPn→TP1: at least 3, " + legs.size()
                    + " entered so far.");
        }
        TraverseLeg tie = tieBearing.get().isBlank() && tieDistance.get().isBlank() ? null
                : leg(tieBearing.get(), tieUnit.get(), tieNorth.get(), tieDistance.get(), "The RP-to-TP1 leg");
        return new Traverse(rp, tie, legs, NorthEntry.withGridAt(north, rp));
    }

    private double toleranceMetres() {
        try {
            double t = Double.parseDouble(tolerance.get().strip().replace(',', '.'));
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Closure tolerance '" + tolerance.get()
                    + "' is not a distance in metres: enter e.g. 0.5.", e);
        }
    }

    private static GeoPoint point(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is missing: type its coordinate in any supported format.");
        }
        try {
            return new CoordinateParser().parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    static TraverseLeg leg(String bearing, AngleUnit unit, NorthReference north, String distance, String name) {
        double b;
        double d;
        try {
            b = Double.parseDouble(bearing.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": bearing '" + bearing + "' is not a number.", e);
        }
        try {
            d = Double.parseDouble(distance.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": distance '" + distance + "' is not a number of metres.", e);
        }
        try {
            return new TraverseLeg(new Bearing(b, unit, north), new Distance(d));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private String format(GeoPoint p) {
        try {
            return formatter.format(p);
        } catch (IllegalArgumentException e) {
            return new CoordinateFormatter(CoordinateSystem.LATLON, Precision.CENTIMETRE).format(p);
        }
    }

    public BooleanProperty fromLandmarkProperty() { return fromLandmark; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty landmarkProperty() { return landmark; }
    public StringProperty landmarkBearingProperty() { return landmarkBearing; }
    public StringProperty landmarkDistanceProperty() { return landmarkDistance; }
    public ObjectProperty<AngleUnit> landmarkUnitProperty() { return landmarkUnit; }
    public ObjectProperty<NorthReference> landmarkNorthProperty() { return landmarkNorth; }
    /** Bearing of the optional leg from the reference point to TP1; blank with the distance when RP is TP1. */
    public StringProperty tieBearingProperty() { return tieBearing; }
    public StringProperty tieDistanceProperty() { return tieDistance; }
    public ObjectProperty<AngleUnit> tieUnitProperty() { return tieUnit; }
    public ObjectProperty<NorthReference> tieNorthProperty() { return tieNorth; }
    /** Grid of grid bearings ({@code utm35}, {@code epsg:3067}); empty means the UTM zone of the reference point. */
    public StringProperty gridProperty() { return north.gridProperty(); }
    /** Magnetic declination in degrees east (negative west), as typed. */
    public StringProperty declinationProperty() { return north.declinationProperty(); }
    public ObjectProperty<LocalDate> declinationDateProperty() { return north.declinationDateProperty(); }
    /** Grid and declination as typed. */
    public NorthEntry north() { return north; }
    /** Largest acceptable closure error in metres, as typed. */
    public StringProperty toleranceProperty() { return tolerance; }
    public ObservableList<TraverseLeg> legs() { return legs; }
    public ReadOnlyObjectProperty<Traverse> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** "TPn  coordinate" lines in the display system. */
    public ObservableList<String> turningPoints() { return turningPoints; }
    public ReadOnlyStringProperty closureProperty() { return closure.getReadOnlyProperty(); }
    public ReadOnlyStringProperty areaProperty() { return area.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exceedsToleranceProperty() { return exceeds.getReadOnlyProperty(); }
    /** The user's acknowledgement of a closure error above tolerance. */
    public BooleanProperty acknowledgedProperty() { return acknowledged; }
    /** True when the result exists and its closure is within tolerance or acknowledged. */
    public BooleanBinding usableProperty() { return usable; }
}
