package org.mineledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry.Action;

/**
 * One check of a workspace: SQLite integrity, the GeoPackage tables MineLedger relies on, every geometry,
 * and the audit trail (hash chain intact, and the last recorded state of every item equal to what is stored).
 */
final class WorkspaceCheck {
    private static final List<String> REQUIRED_TABLES = List.of("gpkg_spatial_ref_sys", "gpkg_contents",
            "gpkg_geometry_columns", "gpkg_extensions", "hazard_area", "rtree_hazard_area_geom", "ml_meta",
            "ml_audit");
    private static final String ADVICE = " Keep this file as it is for investigation and work from a backup.";

    private final Connection c;
    private final Path file;
    private final List<String> problems = new ArrayList<>();

    WorkspaceCheck(Connection connection, Path file) {
        this.c = connection;
        this.file = file;
    }

    CheckReport run() throws SQLException {
        sqliteIntegrity();
        if (!geoPackageTables()) {
            return new CheckReport(file, problems);
        }
        List<HazardAreaTable.Row> rows = HazardAreaTable.rows(c);
        List<HazardArea> hazards = geometriesAndRows(rows);
        spatialIndex();
        auditTrail(hazards, rows);
        RecordCheck records = new RecordCheck(c);
        problems.addAll(records.run());
        return new CheckReport(file, problems, records.accountingLines());
    }

    private void sqliteIntegrity() throws SQLException {
        for (String line : strings("PRAGMA integrity_check")) {
            if (!"ok".equals(line)) {
                problems.add("The SQLite file is damaged: " + line + "." + ADVICE);
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
            while (r.next()) {
                problems.add("Row " + r.getLong(2) + " of table " + r.getString(1) + " refers to a missing row in "
                        + r.getString(3) + "." + ADVICE);
            }
        }
    }

    /** False when a required table is missing, so the checks that read it are skipped. */
    private boolean geoPackageTables() throws SQLException {
        int applicationId = integer("PRAGMA application_id");
        if (applicationId != WorkspaceFile.GPKG_APPLICATION_ID) {
            problems.add(String.format("The file's application_id is 0x%08X, not 0x47504B47 ('GPKG'): other GIS "
                    + "programs will not see it as a GeoPackage.", applicationId));
        }
        int userVersion = integer("PRAGMA user_version");
        if (userVersion != WorkspaceFile.GPKG_USER_VERSION) {
            problems.add("The file's user_version is " + userVersion + ", not 10400 (GeoPackage 1.4).");
        }
        List<String> tables = strings("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')");
        boolean complete = true;
        for (String t : REQUIRED_TABLES) {
            if (!tables.contains(t)) {
                problems.add("The table " + t + " is missing." + ADVICE);
                complete = false;
            }
        }
        if (!complete) {
            return false;
        }
        for (int srs : new int[] {-1, 0, 4326}) {
            if (integer("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = " + srs) != 1) {
                problems.add("The coordinate system " + srs + " is missing from gpkg_spatial_ref_sys.");
            }
        }
        if (integer("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = 4326 AND organization = 'EPSG' "
                + "AND organization_coordsys_id = 4326 AND definition LIKE 'GEOGCS[\"WGS 84\"%'") != 1) {
            problems.add("The coordinate system 4326 in gpkg_spatial_ref_sys is not WGS 84 (EPSG:4326).");
        }
        if (integer("SELECT count(*) FROM gpkg_contents WHERE table_name = 'hazard_area' AND data_type = 'features' "
                + "AND srs_id = 4326") != 1) {
            problems.add("gpkg_contents does not list the hazard areas as a WGS 84 feature layer.");
        }
        if (integer("SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'hazard_area' AND column_name = "
                + "'geom' AND geometry_type_name = 'POLYGON' AND srs_id = 4326 AND z = 0 AND m = 0") != 1) {
            problems.add("gpkg_geometry_columns does not describe hazard_area.geom as a 2D WGS 84 polygon.");
        }
        if (integer("SELECT count(*) FROM gpkg_extensions WHERE table_name = 'hazard_area' AND column_name = 'geom' "
                + "AND extension_name = 'gpkg_rtree_index'") != 1) {
            problems.add("The spatial index of the hazard areas is not registered in gpkg_extensions.");
        }
        return true;
    }

    /** Decodes every row; reports each that cannot be read and checks the layer extent. */
    private List<HazardArea> geometriesAndRows(List<HazardAreaTable.Row> rows) throws SQLException {
        List<HazardArea> out = new ArrayList<>();
        Envelope extent = new Envelope();
        for (HazardAreaTable.Row row : rows) {
            try {
                if (GeoPackageGeometry.srsId(row.geom()) != GeoPackageGeometry.SRS_WGS84) {
                    throw new IllegalArgumentException("its geometry is not in WGS 84 (srs_id "
                            + GeoPackageGeometry.srsId(row.geom()) + ")");
                }
                HazardArea a = row.toHazardArea();
                extent.expandToInclude(a.polygon().getEnvelopeInternal());
                out.add(a);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("Hazard area " + row.reference() + " (id " + row.fid() + ") cannot be read: "
                        + e.getMessage() + ".");
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = 'hazard_area'")) {
            if (r.next()) {
                Double[] stored = {number(r, 1), number(r, 2), number(r, 3), number(r, 4)};
                Double[] actual = extent.isNull() ? new Double[4]
                        : new Double[] {extent.getMinX(), extent.getMaxX(), extent.getMinY(), extent.getMaxY()};
                if (out.size() == rows.size() && !Arrays.equals(stored, actual)) {
                    problems.add("The extent of the hazard layer in gpkg_contents is out of date; GIS programs may "
                            + "zoom to the wrong place.");
                }
            }
        }
        return out;
    }

    private void spatialIndex() throws SQLException {
        int features = integer("SELECT count(*) FROM hazard_area");
        int indexed = integer("SELECT count(*) FROM rtree_hazard_area_geom");
        int unindexed = integer("SELECT count(*) FROM hazard_area WHERE fid NOT IN (SELECT id FROM "
                + "rtree_hazard_area_geom)");
        if (features != indexed || unindexed != 0) {
            problems.add("The spatial index holds " + indexed + " entries for " + features + " hazard areas ("
                    + unindexed + " missing); map searches may miss areas.");
        }
    }

    /** The last recorded state of one hazard area: an entry of its own, or its line in an import's entry. */
    private record LastState(AuditEntry entry, String importedDigest) {
    }

    private void auditTrail(List<HazardArea> hazards, List<HazardAreaTable.Row> rows) throws SQLException {
        AuditLog.firstBreak(c).ifPresent(b -> problems.add("The audit trail is broken: " + b + ". Someone changed "
                + "the file outside MineLedger." + ADVICE));
        Map<Long, LastState> latest = new HashMap<>();
        Map<Long, long[]> importRanges = new HashMap<>();
        for (AuditEntry e : AuditLog.all(c)) {
            if (HazardAreaTable.ENTITY.equals(e.entity())) {
                latest.put(e.entityId(), new LastState(e, null));
            } else if (ImportAuditJson.ENTITY.equals(e.entity())) {
                importRanges.put(e.seq(), imported(e, latest));
            }
        }
        importRanges(importRanges);
        Map<Long, HazardAreaTable.Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.fid(), r));
        RowDigest digest = new RowDigest();
        for (HazardArea a : hazards) {
            LastState last = latest.remove(a.id());
            String name = "Hazard area " + a.reference() + " (id " + a.id() + ")";
            if (last == null) {
                problems.add(name + " has no entry in the audit trail: it was added outside MineLedger.");
            } else if (last.importedDigest() != null) {
                if (!last.importedDigest().equals(digest.of(byId.get(a.id())))) {
                    problems.add(name + " differs from what import entry " + last.entry().seq() + " recorded: it "
                            + "was changed outside MineLedger.");
                }
            } else if (last.entry().action() == Action.DELETE) {
                problems.add(name + " is present although audit entry " + last.entry().seq()
                        + " records its deletion.");
            } else if (!HazardJson.sameContent(last.entry().afterJson(), HazardJson.write(a))) {
                problems.add(name + " differs from its last recorded state (audit entry " + last.entry().seq()
                        + "): it was changed outside MineLedger.");
            }
        }
        for (Map.Entry<Long, LastState> e : latest.entrySet()) {
            AuditEntry last = e.getValue().entry();
            boolean deleted = e.getValue().importedDigest() == null && last.action() == Action.DELETE;
            if (!deleted && !presentButUnreadable(e.getKey())) {
                problems.add("Hazard area id " + e.getKey() + " is missing although the audit trail has no deletion "
                        + "for it (last entry " + last.seq() + "): it was removed outside MineLedger.");
            }
        }
    }

    /** Records the areas an import entry lists as their last state; returns its {first, last} id, or null. */
    private long[] imported(AuditEntry e, Map<Long, LastState> latest) {
        try {
            List<ImportAuditJson.Item> items = ImportAuditJson.read(e.afterJson());
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (ImportAuditJson.Item i : items) {
                latest.put(i.id(), new LastState(e, i.sha256()));
                first = Math.min(first, i.id());
                last = Math.max(last, i.id());
            }
            return items.isEmpty() ? null : new long[] {first, last};
        } catch (IllegalArgumentException ex) {
            problems.add("Import entry " + e.seq() + " of the audit trail cannot be read: " + ex.getMessage() + "."
                    + ADVICE);
            return null;
        }
    }

    /** The table that finds an area's import entry must agree with the entries (which the hash chain protects). */
    private void importRanges(Map<Long, long[]> expected) throws SQLException {
        Map<Long, long[]> stored = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT seq, first_id, last_id FROM ml_audit_range WHERE entity = 'hazard_area'")) {
            while (r.next()) {
                stored.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
            }
        }
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            if (e.getValue() != null && !Arrays.equals(e.getValue(), stored.remove(e.getKey()))) {
                problems.add("The history index of import entry " + e.getKey() + " (table ml_audit_range) does not "
                        + "match the entry: the history of its areas may be shown wrongly." + ADVICE);
            }
        }
        for (Long seq : stored.keySet()) {
            if (!expected.containsKey(seq)) {
                problems.add("The history index (table ml_audit_range) names audit entry " + seq + ", which is not "
                        + "an import." + ADVICE);
            }
        }
    }

    /** The row exists but could not be decoded; that problem is already reported. */
    private boolean presentButUnreadable(long fid) throws SQLException {
        return HazardAreaTable.byId(c, fid).isPresent();
    }

    private int integer(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(Objects.toString(r.getString(1)));
            }
        }
        return out;
    }

    private static Double number(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
