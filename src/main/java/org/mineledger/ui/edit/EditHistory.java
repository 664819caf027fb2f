package org.mineledger.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.mineledger.geo.GeoPoint;

/** The undo and redo stacks of one editing session. */
final class EditHistory {
    private final Deque<VertexEdit> undo = new ArrayDeque<>();
    private final Deque<VertexEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** Applies an edit and makes it the one Undo takes back; anything that was undone is forgotten. */
    void perform(VertexEdit edit, List<GeoPoint> corners) {
        edit.apply(corners);
        recordDone(edit);
    }

    /** Records an edit already applied (a mouse drag shows its effect while it lasts). */
    void recordDone(VertexEdit edit) {
        undo.push(edit);
        redo.clear();
        refresh();
    }

    boolean undo(List<GeoPoint> corners) {
        if (undo.isEmpty()) {
            return false;
        }
        VertexEdit e = undo.pop();
        e.revert(corners);
        redo.push(e);
        refresh();
        return true;
    }

    boolean redo(List<GeoPoint> corners) {
        if (redo.isEmpty()) {
            return false;
        }
        VertexEdit e = redo.pop();
        e.apply(corners);
        undo.push(e);
        refresh();
        return true;
    }

    void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
