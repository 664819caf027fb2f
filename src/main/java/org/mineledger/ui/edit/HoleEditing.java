package org.mineledger.ui.edit;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mineledger.geo.GeoPoint;
import org.mineledger.ui.edit.PolygonEditModel.Mode;

/**
 * Drawing and deleting the holes (inner rings) of the edited area. A hole is drawn by clicks like the area
 * itself; when finished it is one undo step, as is deleting it. Its corners are then edited like any others.
 */
public final class HoleEditing {
    private final EditedShape shape;
    private final ReadOnlyObjectWrapper<Mode> mode;
    private final IntegerProperty selected;
    private final ReadOnlyStringWrapper error;
    private final Consumer<ShapeEdit> perform;

    HoleEditing(EditedShape shape, ReadOnlyObjectWrapper<Mode> mode, IntegerProperty selected,
            ReadOnlyStringWrapper error, Consumer<ShapeEdit> perform) {
        this.shape = shape;
        this.mode = mode;
        this.selected = selected;
        this.error = error;
        this.perform = perform;
    }

    /** Starts drawing a new hole inside the area: clicks add its corners, Enter or double-click ends it. */
    public boolean start() {
        if (mode.get() != Mode.EDITING) {
            return false;
        }
        selected.set(-1);
        shape.startHole();
        mode.set(Mode.DRAWING_HOLE);
        return true;
    }

    /** Drops the hole being drawn (Esc); the area stays as it was. */
    public void cancel() {
        if (mode.get() == Mode.DRAWING_HOLE) {
            shape.cancelHole();
            mode.set(Mode.EDITING);
        }
    }

    /** Deletes hole {@code ring} (1-based, as in the ring chooser), as one undo step. */
    public void delete(int ring) {
        if (mode.get() == Mode.EDITING && ring >= 1 && ring <= shape.holeCountProperty().get()) {
            perform.accept(new ShapeEdit.HoleRemoved(ring, shape.ring(ring)));
            shape.show(0);
        }
    }

    /** How many holes the area has. */
    public ReadOnlyIntegerProperty countProperty() {
        return shape.holeCountProperty();
    }

    void addCorner(GeoPoint p) {
        shape.addHoleCorner(p);
        error.set("");
    }

    /** Ends the hole being drawn as one undo step; false, with the reason in the error, below three corners. */
    boolean finish() {
        int n = shape.corners().size();
        if (n < 3) {
            error.set("A hole needs at least three corners; " + n + " drawn so far. Click inside the area to add "
                    + "corners, or press Esc to stop drawing the hole.");
            return false;
        }
        mode.set(Mode.EDITING);
        perform.accept(new ShapeEdit.HoleAdded(shape.holeCountProperty().get() + 1, shape.takeHole()));
        return true;
    }

    /** Takes back the last corner of the hole being drawn, or stops drawing it when it has none. */
    void undoCorner() {
        if (!shape.undoHoleCorner()) {
            cancel();
        }
    }
}
