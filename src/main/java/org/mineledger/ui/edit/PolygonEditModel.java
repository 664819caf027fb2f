package org.mineledger.ui.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.PolygonValidity;
import org.mineledger.geo.validity.Rings;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * The polygon being drawn or edited, with undo and redo of every change (mouse or table), live geodesic
 * area and perimeter, and every validity problem. No Nodes: the map tool and the vertex table drive it.
 */
public final class PolygonEditModel {
    /** What the editor is doing. */
    public enum Mode { IDLE, DRAWING, EDITING }

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final ObservableList<GeoPoint> corners = FXCollections.observableArrayList();
    private final ObservableList<GeoPoint> readOnlyCorners = FXCollections.unmodifiableObservableList(corners);
    private final ObservableList<ValidityProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.IDLE);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyDoubleWrapper area = new ReadOnlyDoubleWrapper(this, "area_m2", Double.NaN);
    private final ReadOnlyDoubleWrapper perimeter = new ReadOnlyDoubleWrapper(this, "perimeter_m", Double.NaN);
    private final ReadOnlyStringWrapper tableError = new ReadOnlyStringWrapper(this, "tableError", "");
    private final ReadOnlyObjectWrapper<FixPreview> fix = new ReadOnlyObjectWrapper<>(this, "fixPreview");
    private final EditHistory history = new EditHistory();
    private List<Neighbour> neighbours = List.of();
    private HazardArea target;
    private NewAreaDetails details;
    private List<LinearRing> holes = List.of();
    private CornerDrag drag;

    public PolygonEditModel() {
        corners.addListener((javafx.collections.ListChangeListener<GeoPoint>) c -> recompute());
    }

    /** Starts drawing a new area: each {@link #addCorner} click adds a corner. */
    public void startNew(NewAreaDetails newArea, List<Neighbour> others) {
        begin(null, Objects.requireNonNull(newArea, "newArea"), others, List.of(), List.of());
        mode.set(Mode.DRAWING);
    }

    /** Starts editing the boundary of a stored area; its holes, if any, are kept as they are. */
    public void startEditing(HazardArea area, List<Neighbour> others) {
        Polygon p = area.polygon();
        List<GeoPoint> ring = corners(p);
        List<LinearRing> keep = new ArrayList<>();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            keep.add(p.getInteriorRingN(i));
        }
        begin(area, null, others, ring, keep);
        mode.set(Mode.EDITING);
    }

    /** Leaves the editor without saving. */
    public void cancel() {
        begin(null, null, List.of(), List.of(), List.of());
        mode.set(Mode.IDLE);
    }

    /** While drawing, appends a corner; while editing, does nothing (corners are inserted on edges). */
    public void addCorner(GeoPoint p) {
        if (mode.get() == Mode.DRAWING) {
            perform(new VertexEdit.Insert(corners.size(), p));
        }
    }

    /** Ends drawing (double-click or Enter); needs three corners, else says so in {@link #tableErrorProperty}. */
    public boolean finishDrawing() {
        if (mode.get() != Mode.DRAWING) {
            return false;
        }
        if (corners.size() < 3) {
            tableError.set("A hazard area needs at least three corners; " + corners.size()
                    + " drawn so far. Click to add corners, or press Esc to cancel.");
            return false;
        }
        mode.set(Mode.EDITING);
        return true;
    }

    public void insertCorner(int index, GeoPoint p) {
        perform(new VertexEdit.Insert(index, p));
    }

    public void moveCorner(int index, GeoPoint to) {
        if (!corners.get(index).equals(to)) {
            perform(new VertexEdit.Move(index, corners.get(index), to));
        }
    }

    public void deleteCorner(int index) {
        perform(new VertexEdit.Delete(index, corners.get(index)));
        selected.set(-1);
    }

    /**
     * Moves corner {@code index} to a typed coordinate, read in the display system or, failing that, in any
     * format the parser recognises. On a typing error the corner stays and the error names the vertex.
     */
    public boolean setCornerText(int index, String text, CoordinateSystem displaySystem) {
        GeoPoint p;
        try {
            p = new CoordinateParser(displaySystem).parse(text);
        } catch (IllegalArgumentException first) {
            try {
                p = new CoordinateParser().parse(text);
            } catch (IllegalArgumentException second) {
                tableError.set("Vertex " + (index + 1) + ": " + first.getMessage());
                return false;
            }
        }
        tableError.set("");
        moveCorner(index, p);
        return true;
    }

    /** Starts moving a corner with the mouse; the map shows it move, one undo step when released. */
    public void beginDrag(int index) {
        drag = CornerDrag.move(index, corners.get(index));
    }

    /** Starts dragging a new corner out of the middle of the edge before corner {@code index}. */
    public void beginInsert(int index, GeoPoint p) {
        corners.add(index, p);
        drag = CornerDrag.insert(index, p);
    }

    public void dragTo(GeoPoint p) {
        if (drag != null) {
            corners.set(drag.index(), p);
        }
    }

    public void endDrag() {
        if (drag != null) {
            drag.finished(corners.get(drag.index())).ifPresent(history::recordDone);
            drag = null;
        }
    }

    public boolean undo() {
        boolean done = history.undo(corners);
        backToDrawingIfTooFew();
        return done;
    }

    public boolean redo() {
        boolean done = history.redo(corners);
        backToDrawingIfTooFew();
        return done;
    }

    /** Computes the JTS make-valid repair of the current ring and shows it as a preview. */
    public FixPreview showFix() {
        fix.set(validity().fixPreview());
        return fix.get();
    }

    /** Takes the previewed repair as the new ring (one undo step); false when it is not one simple polygon. */
    public boolean acceptFix() {
        FixPreview f = fix.get();
        if (f == null || f.singlePolygon().isEmpty()) {
            return false;
        }
        perform(new VertexEdit.Replace(corners, corners(f.singlePolygon().get())));
        return true;
    }

    /** Replaces every corner at once (e.g. with a computed traverse), as one undo step. */
    public void replaceCorners(List<GeoPoint> ring) {
        perform(new VertexEdit.Replace(corners, ring));
        if (mode.get() == Mode.DRAWING && corners.size() >= 3) {
            mode.set(Mode.EDITING);
        }
    }

    /** Every fault of the current ring, including overlaps with the other areas. */
    public PolygonValidity validity() {
        return PolygonValidity.ofClosedRing(corners, neighbours);
    }

    /** The edited boundary as a polygon (x = longitude, y = latitude), with the holes of the stored area. */
    public Polygon polygon() {
        LinearRing shell = WGS84.createLinearRing(
                Rings.closed(corners));
        return WGS84.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /**
     * Stores the boundary: a new area with {@code Workspace.add}, a changed one with {@code update}; each is
     * one transaction with one audit row. Refuses a boundary with faults that block saving.
     */
    public HazardArea save(Workspace workspace) {
        List<ValidityProblem> blocking = validity().problems().stream().filter(ValidityProblem::blocksSaving).toList();
        if (mode.get() == Mode.IDLE) {
            throw new IllegalStateException("Nothing is being edited: choose Edit › New hazard area or Edit geometry.");
        }
        if (!blocking.isEmpty()) {
            throw new BoundaryNotSavableException(blocking);
        }
        Instant now = Instant.now();
        HazardArea saved = target == null
                ? workspace.add(HazardArea.draft(details.reference(), details.name(), details.kind(),
                        details.status(), polygon(), "", now))
                : workspace.update(target.withPolygon(polygon(), now));
        cancel();
        return saved;
    }

    /** The area being edited, or null for a new one. */
    public HazardArea target() {
        return target;
    }

    /** What the user said about the new area being drawn, or null when editing a stored one. */
    public NewAreaDetails newAreaDetails() {
        return details;
    }

    public ObservableList<GeoPoint> corners() {
        return readOnlyCorners;
    }

    public ObservableList<ValidityProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** 0-based index of the selected corner, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Geodesic area in m² of the ring, NaN with fewer than three corners. */
    public ReadOnlyDoubleProperty areaProperty() {
        return area.getReadOnlyProperty();
    }

    /** Geodesic length in metres of the closed ring, NaN with fewer than three corners. */
    public ReadOnlyDoubleProperty perimeterProperty() {
        return perimeter.getReadOnlyProperty();
    }

    /** The last typing or drawing error, empty when there is none. */
    public ReadOnlyStringProperty tableErrorProperty() {
        return tableError.getReadOnlyProperty();
    }

    /** The make-valid preview being shown, or null. */
    public ReadOnlyObjectProperty<FixPreview> fixPreviewProperty() {
        return fix.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The other areas of a workspace as neighbours the edited one must not overlap. */
    public static List<Neighbour> neighboursOf(List<HazardArea> all, long exceptId) {
        return all.stream().filter(a -> a.id() != exceptId)
                .map(a -> new Neighbour(a.reference().value() + " \"" + a.name() + "\"", a.polygon())).toList();
    }

    private void begin(HazardArea area, NewAreaDetails newArea, List<Neighbour> others, List<GeoPoint> ring,
            List<LinearRing> keptHoles) {
        target = area;
        details = newArea;
        neighbours = List.copyOf(others);
        holes = List.copyOf(keptHoles);
        drag = null;
        tableError.set("");
        selected.set(-1);
        corners.setAll(ring);
        history.clear();
        recompute();
    }

    /** The corners of a polygon's exterior ring, without the repeated first one. */
    private static List<GeoPoint> corners(Polygon p) {
        Coordinate[] c = p.getExteriorRing().getCoordinates();
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < c.length - 1; i++) {
            ring.add(new GeoPoint(c[i].y, c[i].x));
        }
        return ring;
    }

    private void perform(VertexEdit edit) {
        history.perform(edit, corners);
        tableError.set("");
        backToDrawingIfTooFew();
    }

    /** With fewer than three corners there is no polygon to edit: clicks add corners again. */
    private void backToDrawingIfTooFew() {
        if (mode.get() == Mode.EDITING && corners.size() < 3) {
            mode.set(Mode.DRAWING);
        }
    }

    private void recompute() {
        fix.set(null);
        if (corners.size() < 3) {
            area.set(Double.NaN);
            perimeter.set(Double.NaN);
        } else {
            GeodesicArea g = new GeodesicArea(WGS84.createPolygon(Rings.closed(corners)));
            area.set(g.area());
            perimeter.set(g.exteriorPerimeter());
        }
        problems.setAll(mode.get() == Mode.IDLE && corners.isEmpty() ? List.of() : validity().problems());
    }
}
