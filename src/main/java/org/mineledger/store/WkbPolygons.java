package org.mineledger.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.impl.CoordinateArraySequenceFactory;

/**
 * The common case of reading a workspace, fast: a 2D WKB polygon whose rings are closed and have at least four
 * points, read straight from the blob into the same JTS polygon as {@link org.locationtech.jts.io.WKBReader}
 * builds (2D coordinates in array sequences). Opening a national workspace decodes millions of vertices; the
 * general reader spends most of that time on its stream and per-ordinate calls. Anything else (other types,
 * Z or M, short, unclosed or cut-short rings) is left to the general reader, which knows its rules. Also reads
 * the polygons of GeoPackages being imported.
 */
public final class WkbPolygons {
    private static final int POLYGON = 3;
    /** Shared by every polygon without holes (JTS keeps the array given, and never changes it). */
    private static final LinearRing[] NO_HOLES = new LinearRing[0];

    private WkbPolygons() {
    }

    /** The polygon at {@code offset}, or null when the general reader must decide. */
    public static Polygon read(byte[] blob, int offset, GeometryFactory factory) {
        return read(blob, offset, factory, false);
    }

    /**
     * As {@link #read}, but each ring keeps its corners in one array of doubles (one object per ring, not one
     * per corner): for the many polygons an import holds until it is committed.
     */
    public static Polygon readCompact(byte[] blob, int offset, GeometryFactory factory) {
        return read(blob, offset, factory, true);
    }

    private static Polygon read(byte[] blob, int offset, GeometryFactory factory, boolean compact) {
        if (blob.length < offset + 9 || blob[offset] > 1 || blob[offset] < 0) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(blob).order(blob[offset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (b.getInt(offset + 1) != POLYGON) {
            return null;
        }
        int rings = b.getInt(offset + 5);
        if (rings < 1) {
            return null;
        }
        int at = offset + 9;
        LinearRing[] out = new LinearRing[rings];
        boolean arrays = factory.getCoordinateSequenceFactory() instanceof CoordinateArraySequenceFactory;
        for (int r = 0; r < rings; r++) {
            if (blob.length < at + 4) {
                return null;
            }
            int points = b.getInt(at);
            at += 4;
            if (points < 4 || (blob.length - at) / 16 < points) {
                return null;
            }
            if (compact) {
                double[] xy = new double[2 * points];
                for (int i = 0; i < xy.length; i++, at += 8) {
                    xy[i] = b.getDouble(at);
                }
                if (xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
                    return null;
                }
                out[r] = factory.createLinearRing(new CompactSequence(xy));
                continue;
            }
            Coordinate[] c = new Coordinate[points];
            for (int i = 0; i < points; i++, at += 16) {
                c[i] = new CoordinateXY(b.getDouble(at), b.getDouble(at + 8));
            }
            if (!c[0].equals2D(c[points - 1])) {
                return null;
            }
            // the sequence createLinearRing(c) would make, without it looking through c for its dimension
            out[r] = arrays ? factory.createLinearRing(new CoordinateArraySequence(c, 2, 0))
                    : factory.createLinearRing(c);
        }
        if (at != blob.length) {
            return null;
        }
        return factory.createPolygon(out[0], rings == 1 ? NO_HOLES : java.util.Arrays.copyOfRange(out, 1, rings));
    }
}
