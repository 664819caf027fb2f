package org.mineledger.ui.edit;

import java.util.List;
import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/** One undoable change to the corners of the polygon being edited; indexes are 0-based. */
sealed interface VertexEdit {

    void apply(List<GeoPoint> corners);

    void revert(List<GeoPoint> corners);

    /** A new corner at {@code index} (appended while drawing, or inserted on an edge). */
    record Insert(int index, GeoPoint point) implements VertexEdit {
        public Insert {
            Objects.requireNonNull(point, "point");
        }

        @Override
        public void apply(List<GeoPoint> corners) {
            corners.add(index, point);
        }

        @Override
        public void revert(List<GeoPoint> corners) {
            corners.remove(index);
        }
    }

    /** A corner moved, by mouse or by typing its coordinate. */
    record Move(int index, GeoPoint from, GeoPoint to) implements VertexEdit {
        @Override
        public void apply(List<GeoPoint> corners) {
            corners.set(index, to);
        }

        @Override
        public void revert(List<GeoPoint> corners) {
            corners.set(index, from);
        }
    }

    /** A corner removed. */
    record Delete(int index, GeoPoint point) implements VertexEdit {
        @Override
        public void apply(List<GeoPoint> corners) {
            corners.remove(index);
        }

        @Override
        public void revert(List<GeoPoint> corners) {
            corners.add(index, point);
        }
    }

    /** Every corner replaced at once, e.g. by the make-valid fix or a computed traverse. */
    record Replace(List<GeoPoint> before, List<GeoPoint> after) implements VertexEdit {
        public Replace {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public void apply(List<GeoPoint> corners) {
            corners.clear();
            corners.addAll(after);
        }

        @Override
        public void revert(List<GeoPoint> corners) {
            corners.clear();
            corners.addAll(before);
        }
    }
}
