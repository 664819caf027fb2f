package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** The fast polygon reader builds exactly what JTS's general WKB reader builds, or leaves the blob to it. */
class WkbPolygonsTest {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    @Test
    void readsPolygonsWithHolesInBothByteOrdersAsTheGeneralReaderDoes() throws Exception {
        Geometry withHole = new WKTReader(FACTORY).read("POLYGON ((24.1 56.2, 24.3 56.2000000001, 24.3 56.4, "
                + "24.123456789012345 56.4, 24.1 56.2), (24.15 56.25, 24.2 56.25, 24.2 56.3, 24.15 56.25))");
        for (int order : new int[] {ByteOrderValues.LITTLE_ENDIAN, ByteOrderValues.BIG_ENDIAN}) {
            byte[] wkb = new WKBWriter(2, order).write(withHole);
            Polygon fast = WkbPolygons.read(withPrefix(wkb), 5, FACTORY);
            Geometry general = new WKBReader(FACTORY).read(wkb);
            assertThat(fast).isNotNull();
            assertThat(fast.equalsExact(general)).isTrue();
            assertThat(fast.getSRID()).isEqualTo(general.getSRID());
            assertThat(fast.getNumInteriorRing()).isEqualTo(1);
            assertThat(fast.getExteriorRing().getCoordinateSequence().getDimension())
                    .isEqualTo(((Polygon) general).getExteriorRing().getCoordinateSequence().getDimension());
            Polygon compact = WkbPolygons.readCompact(withPrefix(wkb), 5, FACTORY);
            assertThat(compact.equalsExact(general)).isTrue();
            assertThat(compact.getNumInteriorRing()).isEqualTo(1);
            assertThat(compact.getExteriorRing().getCoordinateSequence().getDimension()).isEqualTo(2);
            assertThat(compact.isValid()).isTrue();
        }
    }

    @Test
    void leavesUnclosedRingsOtherTypesAndCutShortBlobsToTheGeneralReader() throws Exception {
        // an unclosed ring: the general reader closes it, by its own rules
        ByteBuffer open = ByteBuffer.allocate(9 + 4 + 4 * 16).order(ByteOrder.LITTLE_ENDIAN);
        open.put((byte) 1).putInt(3).putInt(1).putInt(4);
        open.putDouble(24).putDouble(56).putDouble(24.1).putDouble(56).putDouble(24.1).putDouble(56.1)
                .putDouble(24).putDouble(56.1);
        assertThat(WkbPolygons.read(open.array(), 0, FACTORY)).isNull();

        byte[] point = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(new WKTReader().read("POINT (24 56)"));
        assertThat(WkbPolygons.read(point, 0, FACTORY)).isNull();

        byte[] square = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(
                new WKTReader().read("POLYGON ((24 56, 24.1 56, 24.1 56.1, 24 56.1, 24 56))"));
        assertThat(WkbPolygons.read(square, 0, FACTORY)).isNotNull();
        assertThat(WkbPolygons.read(java.util.Arrays.copyOf(square, square.length - 1), 0, FACTORY)).isNull();
        assertThat(WkbPolygons.read(java.util.Arrays.copyOf(square, square.length + 8), 0, FACTORY)).isNull();
        assertThat(WkbPolygons.readCompact(open.array(), 0, FACTORY)).isNull();
        assertThat(WkbPolygons.readCompact(java.util.Arrays.copyOf(square, square.length - 1), 0, FACTORY)).isNull();
        assertThat(WkbPolygons.readCompact(square, 0, FACTORY).equalsExact(new WKBReader().read(square))).isTrue();
    }

    private static byte[] withPrefix(byte[] wkb) {
        byte[] out = new byte[5 + wkb.length];
        System.arraycopy(wkb, 0, out, 5, wkb.length);
        return out;
    }
}
