package org.mineledger.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The undo and redo stacks of one editing session, over every ring of the polygon. */
final class EditHistory {
    private final Deque<ShapeEdit> undo = new ArrayDeque<>();
    private final Deque<ShapeEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** Applies an edit and makes it the one Undo takes back; anything that was undone is forgotten. */
    void perform(ShapeEdit edit, RingSet rings) {
        edit.apply(rings);
        recordDone(edit);
    }

    /** Records an edit already applied (a mouse drag shows its effect while it lasts). */
    void recordDone(ShapeEdit edit) {
        undo.push(edit);
        redo.clear();
        refresh();
    }

    /** Takes back the last edit; it is returned so the editor can show the ring it changed. */
    Optional<ShapeEdit> undo(RingSet rings) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        ShapeEdit e = undo.pop();
        e.revert(rings);
        redo.push(e);
        refresh();
        return Optional.of(e);
    }

    Optional<ShapeEdit> redo(RingSet rings) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        ShapeEdit e = redo.pop();
        e.apply(rings);
        undo.push(e);
        refresh();
        return Optional.of(e);
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
