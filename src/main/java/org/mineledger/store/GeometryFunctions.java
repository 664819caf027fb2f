package org.mineledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.Function;

/**
 * Registers the SQL functions that the GeoPackage R*Tree triggers call (ST_IsEmpty, ST_MinX, ST_MaxX,
 * ST_MinY, ST_MaxY; GeoPackage 1.4 Annex F.3) on a connection.
 *
 * <p>MineLedger uses the standard triggers rather than maintaining the index in Java, so the index stays
 * right whether the layer is edited here or in GDAL/QGIS, which bring their own versions of these functions.
 * The price: a plain {@code sqlite3} shell cannot write to {@code hazard_area}; it fails cleanly with
 * "no such function", which is what we want for a file that should be changed through MineLedger.
 */
final class GeometryFunctions {
    private GeometryFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "ST_IsEmpty", new IsEmpty(), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MinX", new Bound(Envelope::getMinX), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MaxX", new Bound(Envelope::getMaxX), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MinY", new Bound(Envelope::getMinY), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MaxY", new Bound(Envelope::getMaxY), 1, Function.FLAG_DETERMINISTIC);
    }

    private static final class IsEmpty extends Function {
        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            if (blob == null) {
                result();
                return;
            }
            try {
                result(GeoPackageGeometry.isEmpty(blob) || GeoPackageGeometry.envelope(blob) == null ? 1 : 0);
            } catch (IllegalArgumentException e) {
                error("ST_IsEmpty: " + e.getMessage());
            }
        }
    }

    private static final class Bound extends Function {
        private final ToDoubleFunction<Envelope> part;

        Bound(ToDoubleFunction<Envelope> part) {
            this.part = part;
        }

        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            try {
                Envelope e = blob == null ? null : GeoPackageGeometry.envelope(blob);
                if (e == null) {
                    result();
                } else {
                    result(part.applyAsDouble(e));
                }
            } catch (IllegalArgumentException ex) {
                error("ST_MinX/MaxX/MinY/MaxY: " + ex.getMessage());
            }
        }
    }
}
