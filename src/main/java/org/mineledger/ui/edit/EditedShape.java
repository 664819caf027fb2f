package org.mineledger.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.geo.GeoPoint;

/**
 * The rings being edited (outer boundary and holes) with their undo history. The ring the user works on,
 * or the hole being drawn, is mirrored in {@link #corners()}, which the map tool and the vertex table show.
 */
final class EditedShape {
    private final RingSet rings = new RingSet();
    private final ObservableList<GeoPoint> corners = FXCollections.observableArrayList();
    private final IntegerProperty activeRing = new SimpleIntegerProperty(this, "activeRing", 0);
    private final ReadOnlyIntegerWrapper holeCount = new ReadOnlyIntegerWrapper(this, "holeCount", 0);
    private final EditHistory history = new EditHistory();
    private CornerDrag drag;
    private List<GeoPoint> draft; // the hole being drawn, not yet a ring; null when none

    EditedShape() {
        activeRing.addListener((o, a, b) -> {
            int clamped = Math.max(0, Math.min(b.intValue(), rings.size() - 1));
            if (clamped != b.intValue()) {
                activeRing.set(clamped);
            } else {
                sync();
            }
        });
    }

    void reset(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
        rings.reset(shell, holes);
        draft = null;
        drag = null;
        history.clear();
        show(0);
    }

    void perform(ShapeEdit edit) {
        history.perform(edit, rings);
        show(edit.ring());
    }

    boolean undo() {
        Optional<ShapeEdit> e = history.undo(rings);
        e.ifPresent(edit -> show(edit instanceof ShapeEdit.HoleAdded ? 0 : edit.ring()));
        return e.isPresent();
    }

    boolean redo() {
        Optional<ShapeEdit> e = history.redo(rings);
        e.ifPresent(edit -> show(edit instanceof ShapeEdit.HoleRemoved ? 0 : edit.ring()));
        return e.isPresent();
    }

    /** Starts moving corner {@code index} of the active ring. */
    void beginDrag(int index) {
        drag = CornerDrag.move(active(), index, corners.get(index));
    }

    /** Starts dragging a new corner out of an edge of the active ring. */
    void beginInsert(int index, GeoPoint p) {
        rings.ring(active()).add(index, p);
        corners.add(index, p);
        drag = CornerDrag.insert(active(), index, p);
    }

    void dragTo(GeoPoint p) {
        if (drag != null) {
            rings.ring(drag.ring()).set(drag.index(), p);
            corners.set(drag.index(), p);
        }
    }

    void endDrag() {
        if (drag != null) {
            drag.finished(rings.ring(drag.ring()).get(drag.index())).ifPresent(history::recordDone);
            drag = null;
        }
    }

    /** Starts drawing a new hole: the corners shown are the hole's, none yet. */
    void startHole() {
        draft = new ArrayList<>();
        sync();
    }

    boolean drawingHole() {
        return draft != null;
    }

    void addHoleCorner(GeoPoint p) {
        draft.add(p);
        corners.add(p);
    }

    /** Takes back the last corner of the hole being drawn; false when it has none. */
    boolean undoHoleCorner() {
        if (draft == null || draft.isEmpty()) {
            return false;
        }
        draft.remove(draft.size() - 1);
        corners.remove(corners.size() - 1);
        return true;
    }

    /** Ends drawing a hole and gives its corners, for a {@link ShapeEdit.HoleAdded}. */
    List<GeoPoint> takeHole() {
        List<GeoPoint> hole = List.copyOf(draft);
        draft = null;
        return hole;
    }

    void cancelHole() {
        draft = null;
        sync();
    }

    /** Makes ring {@code ring} (clamped to the rings there are) the one shown and edited. */
    void show(int ring) {
        holeCount.set(rings.size() - 1);
        int clamped = Math.max(0, Math.min(ring, rings.size() - 1));
        if (activeRing.get() == clamped) {
            sync();
        } else {
            activeRing.set(clamped);
        }
    }

    int active() {
        return activeRing.get();
    }

    List<GeoPoint> ring(int index) {
        return List.copyOf(rings.ring(index));
    }

    List<GeoPoint> shell() {
        return ring(0);
    }

    List<List<GeoPoint>> holes() {
        return rings.holes();
    }

    ObservableList<GeoPoint> corners() {
        return corners;
    }

    IntegerProperty activeRingProperty() {
        return activeRing;
    }

    ReadOnlyIntegerProperty holeCountProperty() {
        return holeCount.getReadOnlyProperty();
    }

    EditHistory history() {
        return history;
    }

    private void sync() {
        List<GeoPoint> shown = draft != null ? draft : rings.ring(active());
        if (!corners.equals(shown)) {
            corners.setAll(shown);
        }
    }
}
