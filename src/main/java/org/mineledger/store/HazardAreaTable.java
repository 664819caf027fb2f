package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** The SQL of the {@code hazard_area} feature table and its {@code gpkg_contents} row. */
final class HazardAreaTable {
    static final String ENTITY = "hazard_area";
    private static final String COLUMNS = "fid, geom, reference, name, kind, status, notes, created_at, updated_at";

    /** A stored row as text and bytes, before it is checked and turned into a {@link HazardArea}. */
    record Row(long fid, byte[] geom, String reference, String name, String kind, String status, String notes,
            String createdAt, String updatedAt) {

        /** reference, name, kind, status, notes, created_at, updated_at: the text columns in column order. */
        String[] texts() {
            return new String[] {reference, name, kind, status, notes, createdAt, updatedAt};
        }

        /**
         * The hazard area with its polygon checked in full (topology included), as {@code check} needs; throws
         * {@link IllegalArgumentException} naming what cannot be read or is not valid.
         */
        HazardArea toHazardArea() {
            return new HazardArea(fid, new HazardReference(reference), name, HazardKind.valueOf(kind),
                    HazardStatus.valueOf(status), polygon(), notes, UtcTime.parse(createdAt),
                    UtcTime.parse(updatedAt));
        }

        /**
         * The hazard area as the app wrote it: its polygon was checked in full before it was stored, so only
         * the cheap ring checks run again ({@link HazardArea#stored}). For opening; {@code check} uses
         * {@link #toHazardArea}.
         */
        HazardArea toStoredHazardArea() {
            return HazardArea.stored(fid, new HazardReference(reference), name, HazardKind.valueOf(kind),
                    HazardStatus.valueOf(status), polygon(), notes, UtcTime.parse(createdAt),
                    UtcTime.parse(updatedAt));
        }

        private Polygon polygon() {
            Geometry g = GeoPackageGeometry.decode(geom);
            if (!(g instanceof Polygon polygon)) {
                throw new IllegalArgumentException("its geometry is a " + g.getGeometryType() + ", not a polygon");
            }
            return polygon;
        }
    }

    private HazardAreaTable() {
    }

    static List<Row> rows(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM hazard_area ORDER BY fid");
    }

    /** A row turned into what the caller keeps. */
    interface RowReader<T> {
        T read(Row row);
    }

    /**
     * Every row, in fid order, each turned into {@code T} as it is read: a large workspace's geometry blobs
     * are never all held at once, which spares the garbage collector most of the work of opening it.
     */
    static <T> List<T> readAll(Connection c, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM hazard_area ORDER BY fid");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(reader.read(row(r)));
            }
        }
        return out;
    }

    static Optional<Row> byId(Connection c, long fid) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM hazard_area WHERE fid = ?", fid).stream().findFirst();
    }

    static Optional<Row> byReference(Connection c, HazardReference ref) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM hazard_area WHERE reference = ?", ref.value())
                .stream().findFirst();
    }

    /** Inserts a new area and returns its fid. */
    static long insert(Connection c, HazardArea a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO hazard_area "
                + "(geom, reference, name, kind, status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindContent(p, a);
            p.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
            return r.getLong(1);
        }
    }

    static void update(Connection c, HazardArea a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE hazard_area SET geom = ?, reference = ?, name = ?, "
                + "kind = ?, status = ?, notes = ?, created_at = ?, updated_at = ? WHERE fid = ?")) {
            bindContent(p, a);
            p.setLong(9, a.id());
            if (p.executeUpdate() != 1) {
                throw new SQLException("hazard area " + a.id() + " was not updated");
            }
        }
    }

    static void delete(Connection c, long fid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM hazard_area WHERE fid = ?")) {
            p.setLong(1, fid);
            if (p.executeUpdate() != 1) {
                throw new SQLException("hazard area " + fid + " was not deleted");
            }
        }
    }

    /**
     * Sets the layer's extent in gpkg_contents to the exact bounds of all boundaries (NULL when there are
     * none) and its last_change to {@code now}, as GeoPackage 1.4 clause 1.1.3.1.1 asks after every change.
     */
    static void refreshContents(Connection c, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE gpkg_contents SET last_change = ?, "
                + "min_x = (SELECT min(ST_MinX(geom)) FROM hazard_area), "
                + "min_y = (SELECT min(ST_MinY(geom)) FROM hazard_area), "
                + "max_x = (SELECT max(ST_MaxX(geom)) FROM hazard_area), "
                + "max_y = (SELECT max(ST_MaxY(geom)) FROM hazard_area) "
                + "WHERE table_name = 'hazard_area'")) {
            p.setString(1, UtcTime.format(now));
            if (p.executeUpdate() != 1) {
                throw new SQLException("gpkg_contents has no row for hazard_area");
            }
        }
    }

    /**
     * Grows the layer extent in gpkg_contents to cover {@code added}: constant time per insert, where
     * {@link #refreshContents} scans every geometry (needed only when an area shrinks or goes).
     */
    static void extendContents(Connection c, Envelope added, Instant now) throws SQLException {
        extendContents(c, ENTITY, added, now);
    }

    /** The same for any feature layer {@code table} of this workspace (e.g. survey_evidence). */
    static void extendContents(Connection c, String table, Envelope added, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE gpkg_contents SET last_change = ?5, "
                + "min_x = CASE WHEN min_x IS NULL OR ?1 < min_x THEN ?1 ELSE min_x END, "
                + "min_y = CASE WHEN min_y IS NULL OR ?2 < min_y THEN ?2 ELSE min_y END, "
                + "max_x = CASE WHEN max_x IS NULL OR ?3 > max_x THEN ?3 ELSE max_x END, "
                + "max_y = CASE WHEN max_y IS NULL OR ?4 > max_y THEN ?4 ELSE max_y END "
                + "WHERE table_name = ?6")) {
            p.setString(6, table);
            p.setString(5, UtcTime.format(now));
            p.setDouble(1, added.getMinX());
            p.setDouble(2, added.getMinY());
            p.setDouble(3, added.getMaxX());
            p.setDouble(4, added.getMaxY());
            if (p.executeUpdate() != 1) {
                throw new SQLException("gpkg_contents has no row for " + table);
            }
        }
    }

    /** Every reference ever used, including by areas since deleted (from the audit trail). */
    static List<String> referencesEverUsed(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT reference FROM hazard_area "
                + "UNION SELECT json_extract(before_json, '$.reference') FROM ml_audit WHERE entity = 'hazard_area' "
                + "UNION SELECT json_extract(after_json, '$.reference') FROM ml_audit WHERE entity = 'hazard_area'")) {
            while (r.next()) {
                if (r.getString(1) != null) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static void bindContent(PreparedStatement p, HazardArea a) throws SQLException {
        p.setBytes(1, GeoPackageGeometry.encode(a));
        String[] texts = texts(a);
        for (int i = 0; i < texts.length; i++) {
            p.setString(i + 2, texts[i]);
        }
    }

    /** The text columns of an area's row as stored, in column order after geom: {@link Row#texts}. */
    static String[] texts(HazardArea a) {
        return new String[] {a.reference().value(), a.name(), a.kind().name(), a.status().name(), a.notes(),
            UtcTime.format(a.createdAt()), UtcTime.format(a.updatedAt())};
    }

    private static List<Row> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row(r));
                }
                return out;
            }
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getBytes(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9));
    }
}
