package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.locationtech.jts.geom.Coordinate;

/** Changes a workspace behind MineLedger's back with plain SQL, as another GIS program could. */
public final class TamperedWorkspace {
    private TamperedWorkspace() {
    }

    /** Replaces the geometry with a hand-made GeoPackage blob (header without envelope + WKB), as a GIS could. */
    public static void replaceGeometry(Path file, long fid, Coordinate[] ring) throws Exception {
        // WKB by hand, not with the app's encoder: polygon (type 3), one ring, its points.
        ByteBuffer wkb = ByteBuffer.allocate(1 + 4 + 4 + 4 + 16 * ring.length).order(ByteOrder.LITTLE_ENDIAN);
        wkb.put((byte) 1).putInt(3).putInt(1).putInt(ring.length);
        for (Coordinate p : ring) {
            wkb.putDouble(p.x).putDouble(p.y);
        }
        ByteBuffer blob = ByteBuffer.allocate(8 + wkb.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4326).put(wkb.array());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            GeometryFunctions.register(c); // the spatial-index triggers need them, as in any GeoPackage tool
            PreparedStatement p = c.prepareStatement("UPDATE hazard_area SET geom = ? WHERE fid = ?");
            p.setBytes(1, blob.array());
            p.setLong(2, fid);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }
}
