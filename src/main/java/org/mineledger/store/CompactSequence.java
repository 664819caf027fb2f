package org.mineledger.store;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A 2D coordinate sequence kept as one array {@code x0, y0, x1, y1, ...}: one object per ring instead of one
 * per corner. For the polygons an import holds between preview and commit; a large import keeps hundreds of
 * thousands of corners alive, and every garbage collection in between copies each object it holds. Unlike
 * its JTS parent it never keeps the {@link Coordinate} objects it hands out (the parent caches them behind
 * a soft reference, which would keep them all alive again).
 */
final class CompactSequence extends PackedCoordinateSequence.Double {
    private static final long serialVersionUID = 1L;

    CompactSequence(double[] xy) {
        super(xy, 2, 0);
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        Coordinate[] out = new Coordinate[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new CoordinateXY(getX(i), getY(i));
        }
        return out;
    }

    @Override
    public Coordinate getCoordinate(int i) {
        return new CoordinateXY(getX(i), getY(i));
    }
}
