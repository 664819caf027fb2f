package org.mineledger.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Polygon;
import java.util.Objects;
import org.mineledger.geo.GeoPoint;

/** One undoable change to the rings of the polygon being edited; after it, the editor shows {@link #ring()}. */
sealed interface ShapeEdit {

    /** The ring the change concerns: 0 for the outer boundary, 1, 2, … for holes. */
    int ring();

    void apply(RingSet rings);

    void revert(RingSet rings);

    /** A corner inserted, moved or deleted (or every corner replaced) on one ring. */
    record OnRing(int ring, VertexEdit edit) implements ShapeEdit {
        public OnRing {
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public void apply(RingSet rings) {
            edit.apply(rings.ring(ring));
        }

        @Override
        public void revert(RingSet rings) {
            edit.revert(rings.ring(ring));
        }
    }

    /** A new hole drawn inside the area; it becomes ring {@code ring}. */
    record HoleAdded(int ring, List<GeoPoint> corners) implements ShapeEdit {
        public HoleAdded {
            corners = List.copyOf(corners);
        }

        @Override
        public void apply(RingSet rings) {
            rings.insertHole(ring, corners);
        }

        @Override
        public void revert(RingSet rings) {
            rings.removeHole(ring);
        }
    }

    /** A hole deleted; undo puts it back as ring {@code ring}. */
    record HoleRemoved(int ring, List<GeoPoint> corners) implements ShapeEdit {
        public HoleRemoved {
            corners = List.copyOf(corners);
        }

        @Override
        public void apply(RingSet rings) {
            rings.removeHole(ring);
        }

        @Override
        public void revert(RingSet rings) {
            rings.insertHole(ring, corners);
        }
    }

    /** Every ring replaced at once, e.g. by the make-valid fix; the editor then shows the outer boundary. */
    record AllRings(List<GeoPoint> shellBefore, List<List<GeoPoint>> holesBefore, List<GeoPoint> shellAfter,
            List<List<GeoPoint>> holesAfter) implements ShapeEdit {
        public AllRings {
            shellBefore = List.copyOf(shellBefore);
            holesBefore = holesBefore.stream().map(List::copyOf).toList();
            shellAfter = List.copyOf(shellAfter);
            holesAfter = holesAfter.stream().map(List::copyOf).toList();
        }

        /** Replacing the rings {@code shell} and {@code holes} by those of {@code polygon}. */
        static AllRings to(Polygon polygon, List<GeoPoint> shell, List<List<GeoPoint>> holes) {
            List<List<GeoPoint>> after = new ArrayList<>();
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                after.add(RingSet.corners(polygon.getInteriorRingN(i)));
            }
            return new AllRings(shell, holes, RingSet.corners(polygon.getExteriorRing()), after);
        }

        @Override
        public int ring() {
            return 0;
        }

        @Override
        public void apply(RingSet rings) {
            rings.reset(shellAfter, holesAfter);
        }

        @Override
        public void revert(RingSet rings) {
            rings.reset(shellBefore, holesBefore);
        }
    }
}
