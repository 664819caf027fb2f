package org.mineledger.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.validity.AreaValidity;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.PolygonValidity;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * The polygon being drawn or edited, with undo and redo of every change (mouse or table), live geodesic
 * area and perimeter, and every validity problem. No Nodes: the map tool and the vertex table drive it.
 */
public final class PolygonEditModel {
    /** What the editor is doing. */
    public enum Mode { IDLE, DRAWING, EDITING, DRAWING_HOLE }

    private final EditedShape shape = new EditedShape();
    private final ObservableList<GeoPoint> corners = shape.corners();
    private final ObservableList<GeoPoint> readOnlyCorners = FXCollections.unmodifiableObservableList(corners);
    private final ShapeMeasures measures = new ShapeMeasures();
    private final ObservableList<ValidityProblem> problems = measures.problems();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.IDLE);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyStringWrapper tableError = new ReadOnlyStringWrapper(this, "tableError", "");
    private final HoleEditing holes = new HoleEditing(shape, mode, selected, tableError, this::perform);
    private List<Neighbour> neighbours = List.of();
    private HazardArea target;
    private NewAreaDetails details;

    public PolygonEditModel() {
        corners.addListener((javafx.collections.ListChangeListener<GeoPoint>) c -> recompute());
        shape.activeRingProperty().addListener((o, a, b) -> selected.set(-1));
    }

    /** Starts drawing a new area: each {@link #addCorner} click adds a corner. */
    public void startNew(NewAreaDetails newArea, List<Neighbour> others) {
        begin(null, Objects.requireNonNull(newArea, "newArea"), others, List.of(), List.of());
        mode.set(Mode.DRAWING);
    }

    /** Starts editing the boundary and the holes of a stored area. */
    public void startEditing(HazardArea area, List<Neighbour> others) {
        Polygon p = area.polygon();
        List<List<GeoPoint>> holes = new ArrayList<>();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            holes.add(RingSet.corners(p.getInteriorRingN(i)));
        }
        begin(area, null, others, RingSet.corners(p.getExteriorRing()), holes);
        mode.set(Mode.EDITING);
    }

    /** Leaves the editor without saving. */
    public void cancel() {
        begin(null, null, List.of(), List.of(), List.of());
        mode.set(Mode.IDLE);
    }

    /** While drawing the area or a hole, appends a corner; while editing, does nothing (see {@link #insertCorner}). */
    public void addCorner(GeoPoint p) {
        if (mode.get() == Mode.DRAWING) {
            perform(new VertexEdit.Insert(corners.size(), p));
        } else if (mode.get() == Mode.DRAWING_HOLE) {
            holes.addCorner(p);
        }
    }

    /** Ends drawing the area or a hole (double-click or Enter); below three corners says so in the table error. */
    public boolean finishDrawing() {
        if (mode.get() == Mode.DRAWING_HOLE) {
            return holes.finish();
        }
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

    /** Drawing and deleting holes. */
    public HoleEditing holes() {
        return holes;
    }

    /** Inserts a corner into the ring being edited (the outer boundary or the chosen hole). */
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
            p = BoundarySave.typed(text, displaySystem);
        } catch (IllegalArgumentException e) {
            int ring = shape.active();
            tableError.set((ring == 0 ? "Vertex " : "Hole " + ring + ", vertex ") + (index + 1) + ": " + e.getMessage());
            return false;
        }
        tableError.set("");
        moveCorner(index, p);
        return true;
    }

    /** Starts moving a corner with the mouse; the map shows it move, one undo step when released. */
    public void beginDrag(int index) {
        shape.beginDrag(index);
    }

    /** Starts dragging a new corner out of the middle of the edge before corner {@code index}. */
    public void beginInsert(int index, GeoPoint p) {
        shape.beginInsert(index, p);
    }

    public void dragTo(GeoPoint p) {
        shape.dragTo(p);
    }

    public void endDrag() {
        shape.endDrag();
    }

    /** Takes back the last edit on any ring; while a hole is drawn, its last corner. Shows the ring it changed. */
    public boolean undo() {
        if (mode.get() == Mode.DRAWING_HOLE) {
            holes.undoCorner();
            return true;
        }
        boolean done = shape.undo();
        backToDrawingIfTooFew();
        recompute();
        return done;
    }

    public boolean redo() {
        if (mode.get() == Mode.DRAWING_HOLE) {
            return false;
        }
        boolean done = shape.redo();
        backToDrawingIfTooFew();
        recompute();
        return done;
    }

    /** Computes the make-valid repair of the outer boundary and its holes and shows it as a preview. */
    public FixPreview showFix() {
        measures.showFix(validity().fixPreview());
        return measures.fixPreviewProperty().get();
    }

    /**
     * Takes the previewed repair, holes included, as the new rings (one undo step); false when it is not one
     * polygon that can be saved as it is.
     */
    public boolean acceptFix() {
        FixPreview f = measures.fixPreviewProperty().get();
        if (f == null || !f.acceptable()) {
            return false;
        }
        perform(ShapeEdit.AllRings.to(f.singlePolygon().orElseThrow(), shape.shell(), shape.holes()));
        return true;
    }

    /** Replaces every corner of the outer boundary at once (e.g. with a computed traverse), as one undo step. */
    public void replaceCorners(List<GeoPoint> ring) {
        perform(new ShapeEdit.OnRing(0, new VertexEdit.Replace(shape.shell(), ring)));
        if (mode.get() == Mode.DRAWING && corners.size() >= 3) {
            mode.set(Mode.EDITING);
        }
    }

    /** Every fault of the outer boundary and the holes, and overlaps with the other areas; see {@link #problems()}. */
    public AreaValidity validity() {
        return new AreaValidity(shape.shell(), shape.holes(), neighbours, PolygonValidity.DEFAULT_SPIKE_DEGREES);
    }

    /** The edited boundary as a polygon (x = longitude, y = latitude) with its holes. */
    public Polygon polygon() {
        return ShapeMeasures.polygon(shape.shell(), shape.holes());
    }

    /**
     * Stores the boundary: a new area with {@code Workspace.add}, a changed one with {@code update}; each is
     * one transaction with one audit row. Refuses a boundary with faults that block saving.
     */
    public HazardArea save(Workspace workspace) {
        if (mode.get() == Mode.IDLE) {
            throw new IllegalStateException("Nothing is being edited: choose Edit › New hazard area or Edit geometry.");
        }
        HazardArea saved = BoundarySave.save(workspace, target, details, polygon(), problems);
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

    /** The corners of the ring being edited (see {@link #activeRingProperty()}), or of the hole being drawn. */
    public ObservableList<GeoPoint> corners() {
        return readOnlyCorners;
    }

    /** The corners of ring {@code ring}: 0 the outer boundary, 1, 2, … the holes. */
    public List<GeoPoint> ring(int ring) {
        return shape.ring(ring);
    }

    /** The ring the map tool and the vertex table edit: 0 for the outer boundary, N for hole N. */
    public IntegerProperty activeRingProperty() {
        return shape.activeRingProperty();
    }

    /** Every fault of the outer boundary and of each hole, naming the ring and the vertex. */
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

    /** Geodesic area in m² inside the boundary and outside its holes, NaN with fewer than three corners. */
    public ReadOnlyDoubleProperty areaProperty() {
        return measures.areaProperty();
    }

    /** Geodesic length in metres of the closed ring, NaN with fewer than three corners. */
    public ReadOnlyDoubleProperty perimeterProperty() {
        return measures.perimeterProperty();
    }

    /** The last typing or drawing error, empty when there is none. */
    public ReadOnlyStringProperty tableErrorProperty() {
        return tableError.getReadOnlyProperty();
    }

    /** The make-valid preview being shown, or null. */
    public ReadOnlyObjectProperty<FixPreview> fixPreviewProperty() {
        return measures.fixPreviewProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return shape.history().canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return shape.history().canRedoProperty();
    }

    /** The other areas of a workspace as neighbours the edited one must not overlap. */
    public static List<Neighbour> neighboursOf(List<HazardArea> all, long exceptId) {
        return all.stream().filter(a -> a.id() != exceptId)
                .map(a -> new Neighbour(a.reference().value() + " \"" + a.name() + "\"", a.polygon())).toList();
    }

    private void begin(HazardArea area, NewAreaDetails newArea, List<Neighbour> others, List<GeoPoint> ring,
            List<List<GeoPoint>> holes) {
        target = area;
        details = newArea;
        neighbours = List.copyOf(others);
        tableError.set("");
        selected.set(-1);
        shape.reset(ring, holes);
        recompute();
    }

    /** Applies an edit to the ring being edited. */
    private void perform(VertexEdit edit) {
        perform(new ShapeEdit.OnRing(shape.active(), edit));
    }

    private void perform(ShapeEdit edit) {
        shape.perform(edit);
        tableError.set("");
        backToDrawingIfTooFew();
        recompute();
    }

    /** With fewer than three corners the outer boundary bounds nothing: clicks add its corners again. */
    private void backToDrawingIfTooFew() {
        if (mode.get() == Mode.EDITING && shape.shell().size() < 3) {
            shape.show(0);
            mode.set(Mode.DRAWING);
        }
    }

    private void recompute() {
        List<GeoPoint> shell = shape.shell();
        measures.update(shell, shape.holes(), neighbours, mode.get() == Mode.IDLE && shell.isEmpty());
    }
}
