package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Envelope;

/**
 * Fills the hazard-area R*Tree from envelopes computed in Java during a bulk insert, instead of through the
 * GeoPackage insert trigger (which calls back into Java five times per row to decode the geometry blob).
 *
 * <p>Use only inside one write transaction: {@link #suspendTrigger} drops the insert trigger, {@link #add} writes
 * the index row the trigger would have written, and {@link #restoreTrigger} recreates the trigger with exactly
 * the SQL it had before. When the index was empty, the rows are not inserted one by one but the whole tree is
 * packed and written at the end ({@link PackedRtree}). SQLite DDL is transactional, so a rollback (failure or
 * cancel) brings the trigger back too, and readers never see the layer without it.
 */
final class BulkSpatialIndex implements AutoCloseable {
    private static final String TRIGGER = "rtree_hazard_area_geom_insert";
    private static final String RTREE = "rtree_hazard_area_geom";
    private final Connection connection;
    private final String triggerSql;
    private final PreparedStatement insert;
    /** Set when the index was empty: then the whole tree is packed and written at the end. */
    private final PackedRtree packed;

    private BulkSpatialIndex(Connection connection, String triggerSql, PackedRtree packed) throws SQLException {
        this.connection = connection;
        this.triggerSql = triggerSql;
        this.packed = packed;
        // the same statement as the trigger body (GeoPackage 1.4 Annex F.3)
        this.insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO rtree_hazard_area_geom VALUES (?, ?, ?, ?, ?)");
    }

    /** Remembers the insert trigger's SQL and drops the trigger; call {@link #restoreTrigger} before commit. */
    static BulkSpatialIndex suspendTrigger(Connection c) throws SQLException {
        String sql;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            s.setString(1, TRIGGER);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("The workspace has lost its spatial index trigger " + TRIGGER
                            + "; run 'mineledger check' on it.");
                }
                sql = r.getString(1);
            }
        }
        BulkSpatialIndex index = new BulkSpatialIndex(c, sql, emptyIndex(c));
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER " + TRIGGER);
        }
        return index;
    }

    /** Queues the index row of feature {@code fid}; an empty envelope gets none, as the trigger's WHEN says. */
    void add(long fid, Envelope e) throws SQLException {
        if (e.isNull()) {
            return;
        }
        if (packed != null) {
            packed.add(fid, e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
            return;
        }
        insert.setLong(1, fid);
        insert.setDouble(2, e.getMinX());
        insert.setDouble(3, e.getMaxX());
        insert.setDouble(4, e.getMinY());
        insert.setDouble(5, e.getMaxY());
        insert.addBatch();
    }

    /** Writes the queued index rows. */
    void flush() throws SQLException {
        insert.executeBatch();
    }

    /** Writes what is queued and recreates the insert trigger with the SQL it had. */
    void restoreTrigger() throws SQLException {
        flush();
        if (packed != null && packed.size() > 0) {
            packed.write(connection, RTREE);
        }
        try (Statement s = connection.createStatement()) {
            s.execute(triggerSql);
        }
    }

    /**
     * A packer for the index when it holds nothing (no entry, only its empty root node), with the node size of
     * the table; null when it holds entries, which are then added one by one.
     */
    private static PackedRtree emptyIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM " + RTREE + "_rowid), (SELECT count(*) FROM "
                     + RTREE + "_parent), (SELECT count(*) FROM " + RTREE + "_node), (SELECT length(data) FROM "
                     + RTREE + "_node WHERE nodeno = 1)")) {
            boolean empty = r.next() && r.getLong(1) == 0 && r.getLong(2) == 0 && r.getLong(3) == 1;
            return empty ? new PackedRtree(r.getInt(4)) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
