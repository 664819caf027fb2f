package org.mineledger.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.mineledger.model.HazardArea;

/**
 * GeoPackage geometry blobs (GeoPackage 1.4, clause 2.1.3 "GeoPackageBinary"): a header with magic
 * {@code GP}, version 0, flags, srs_id and envelope, followed by standard 2D WKB.
 */
final class GeoPackageGeometry {
    static final int SRS_WGS84 = 4326;
    private static final byte VERSION = 0;
    /** Flags: bit 0 = little-endian header, bits 1-3 = envelope type 1 ([minx, maxx, miny, maxy]). */
    private static final byte FLAGS_LE_XY_ENVELOPE = 0b0000_0011;
    /** WKB byte-order mark of little-endian, and geometry type of a 2D polygon. */
    private static final byte WKB_LITTLE_ENDIAN = 1;
    private static final int WKB_POLYGON = 3;
    private static final int FLAG_EMPTY = 0b0001_0000;
    private static final int FLAG_EXTENDED = 0b0010_0000;
    private static final int[] ENVELOPE_DOUBLES = {0, 4, 6, 6, 8};
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRS_WGS84);

    private GeoPackageGeometry() {
    }

    /** Encodes a non-empty 2D geometry in WGS84 with an XY envelope. */
    static byte[] encode(Geometry geometry) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        Envelope e = geometry.getEnvelopeInternal();
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put(VERSION).put(FLAGS_LE_XY_ENVELOPE).putInt(SRS_WGS84);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(wkb);
        return b.array();
    }

    /**
     * The blob of an area's polygon: the same bytes as {@link #encode} makes through {@link WKBWriter}
     * (little-endian 2D WKB polygon, type 3), written straight into one buffer of the final size from the area's
     * rings, without copying its polygon: a bulk import encodes tens of thousands.
     */
    static byte[] encode(HazardArea a) {
        return encode(a, a.envelope());
    }

    /** As {@link #encode(HazardArea)}, with the area's envelope already at hand. */
    static byte[] encode(HazardArea a, Envelope e) {
        int rings = a.ringCount();
        double[][][] lonLat = new double[rings][][];
        int size = 8 + 32 + 1 + 4 + 4;
        for (int r = 0; r < rings; r++) {
            lonLat[r] = a.ring(r);
            size += 4 + 16 * lonLat[r][0].length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put(VERSION).put(FLAGS_LE_XY_ENVELOPE).putInt(SRS_WGS84);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(WKB_LITTLE_ENDIAN).putInt(WKB_POLYGON).putInt(rings);
        for (double[][] c : lonLat) {
            b.putInt(c[0].length);
            for (int i = 0; i < c[0].length; i++) {
                b.putDouble(c[0][i]).putDouble(c[1][i]);
            }
        }
        return b.array();
    }

    /** Decodes a blob; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static Geometry decode(byte[] blob) {
        int wkbStart = headerLength(blob);
        Polygon plain = WkbPolygons.read(blob, wkbStart, FACTORY);
        if (plain != null) {
            return plain;
        }
        try {
            return new WKBReader(FACTORY).read(Arrays.copyOfRange(blob, wkbStart, blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("its geometry (WKB) cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when the blob is flagged as an empty geometry. */
    static boolean isEmpty(byte[] blob) {
        headerLength(blob);
        return (blob[3] & FLAG_EMPTY) != 0;
    }

    /** The envelope from the header when present, else computed from the WKB; null when empty. */
    static Envelope envelope(byte[] blob) {
        int envelopeType = (blob.length > 3 ? blob[3] : 0) >> 1 & 0b111;
        headerLength(blob);
        if ((blob[3] & FLAG_EMPTY) != 0) {
            return null;
        }
        if (envelopeType >= 1) {
            ByteBuffer b = ByteBuffer.wrap(blob).order(headerOrder(blob));
            double minX = b.getDouble(8);
            double maxX = b.getDouble(16);
            double minY = b.getDouble(24);
            double maxY = b.getDouble(32);
            return new Envelope(minX, maxX, minY, maxY);
        }
        Geometry g = decode(blob);
        return g.isEmpty() ? null : g.getEnvelopeInternal();
    }

    /** The srs_id in the header. */
    static int srsId(byte[] blob) {
        headerLength(blob);
        return ByteBuffer.wrap(blob).order(headerOrder(blob)).getInt(4);
    }

    private static ByteOrder headerOrder(byte[] blob) {
        return (blob[3] & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    private static int headerLength(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("it is not a GeoPackage geometry (no 'GP' header)");
        }
        if (blob[2] != VERSION) {
            throw new IllegalArgumentException("its geometry has GeoPackage binary version " + blob[2]
                    + ", expected 0");
        }
        if ((blob[3] & FLAG_EXTENDED) != 0) {
            throw new IllegalArgumentException("its geometry uses an extended (non-standard) geometry type");
        }
        int envelopeType = blob[3] >> 1 & 0b111;
        if (envelopeType >= ENVELOPE_DOUBLES.length) {
            throw new IllegalArgumentException("its geometry header has an invalid envelope type " + envelopeType);
        }
        int length = 8 + 8 * ENVELOPE_DOUBLES[envelopeType];
        if (blob.length < length) {
            throw new IllegalArgumentException("its geometry is cut short (" + blob.length + " bytes)");
        }
        return length;
    }
}
