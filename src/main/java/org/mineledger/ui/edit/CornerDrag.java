package org.mineledger.ui.edit;

import java.util.Optional;
import org.mineledger.geo.GeoPoint;

/**
 * A corner being dragged with the mouse: the map shows every step, and the whole drag becomes one undo step.
 *
 * @param ring    the ring of the corner: 0 outer boundary, 1, 2, … holes
 * @param index   0-based index of the dragged corner in its ring
 * @param start   where it was when the drag began
 * @param inserts true when the corner was pulled out of an edge's midpoint (a new corner)
 */
record CornerDrag(int ring, int index, GeoPoint start, boolean inserts) {

    static CornerDrag move(int ring, int index, GeoPoint start) {
        return new CornerDrag(ring, index, start, false);
    }

    static CornerDrag insert(int ring, int index, GeoPoint start) {
        return new CornerDrag(ring, index, start, true);
    }

    /** The edit the drag made, ending at {@code end}; none when a corner was let go where it was. */
    Optional<ShapeEdit> finished(GeoPoint end) {
        if (inserts) {
            return Optional.of(new ShapeEdit.OnRing(ring, new VertexEdit.Insert(index, end)));
        }
        return end.equals(start) ? Optional.empty()
                : Optional.of(new ShapeEdit.OnRing(ring, new VertexEdit.Move(index, start, end)));
    }
}
