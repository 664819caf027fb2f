package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry.Action;

/**
 * Stores imported hazard areas: all of them in one transaction, or none. Each audit entry's after-JSON carries
 * {@code "source": {"file": ..., "feature": ...}} so every imported area can be traced to its source feature.
 */
public final class HazardImportStore {
    /** Rows sent to SQLite at a time. */
    private static final int BATCH = 500;
    private final Workspace workspace;

    public HazardImportStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every hazard-area reference this workspace ever used, deleted areas included; new ones must avoid them. */
    public Set<String> referencesEverUsed() {
        synchronized (workspace) {
            return workspace.read(() -> new HashSet<>(HazardAreaTable.referencesEverUsed(workspace.connection())));
        }
    }

    /**
     * Adds {@code drafts} (id 0), {@code sources.get(i)} being where {@code drafts.get(i)} came from.
     * {@code progress} receives the number stored so far; it may throw {@link CancellationException} to cancel,
     * and then nothing is stored.
     */
    public List<HazardArea> importAll(List<HazardArea> drafts, List<ImportSource> sources, IntConsumer progress) {
        if (drafts.size() != sources.size()) {
            throw new IllegalArgumentException("Each imported area needs its source: " + drafts.size() + " areas, "
                    + sources.size() + " sources.");
        }
        synchronized (workspace) {
            return workspace.write(drafts.size() + " imported hazard areas", () -> insertAll(drafts, sources, progress));
        }
    }

    /**
     * The same rows, index entries and audit entries as {@link Workspace#add} writes, with the statements
     * prepared once and run in batches, the hash chain carried in memory and the R*Tree filled from envelopes
     * computed here (see {@link BulkSpatialIndex}), so that tens of thousands of areas import in seconds.
     */
    private List<HazardArea> insertAll(List<HazardArea> drafts, List<ImportSource> sources, IntConsumer progress)
            throws SQLException {
        Connection c = workspace.connection();
        Instant now = workspace.now();
        String time = UtcTime.format(now);
        String user = workspace.user();
        long seq = 0;
        String prevHash = AuditLog.GENESIS;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, hash FROM ml_audit ORDER BY seq DESC LIMIT 1")) {
            if (r.next()) {
                seq = r.getLong(1);
                prevHash = r.getString(2);
            }
        }
        long fid = lastFid(c);
        List<HazardArea> out = new StoredAreas(drafts, fid + 1);
        // a larger page cache for this connection keeps a big import from spilling pages to the WAL mid-way
        int cacheSize;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA cache_size")) {
            cacheSize = r.getInt(1);
            s.execute("PRAGMA cache_size = -65536");
        }
        Envelope extent = new Envelope();
        try (PreparedStatement area = c.prepareStatement("INSERT INTO hazard_area (fid, geom, reference, name, "
                + "kind, status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO ml_audit (seq, time, user, action, entity, "
                     + "entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)");
             BulkSpatialIndex index = BulkSpatialIndex.suspendTrigger(c);
             HazardJson.Batch json = new HazardJson.Batch();
             AuditHasher hasher = new AuditHasher()) {
            for (int i = 0; i < drafts.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Import cancelled; nothing was stored.");
                }
                HazardArea d = drafts.get(i);
                if (d.id() != 0) {
                    throw new IllegalArgumentException("Hazard area " + d.reference() + " is already stored.");
                }
                fid++;
                Polygon polygon = d.polygon();
                area.setLong(1, fid);
                area.setBytes(2, GeoPackageGeometry.encode(polygon));
                area.setString(3, d.reference().value());
                area.setString(4, d.name());
                area.setString(5, d.kind().name());
                area.setString(6, d.status().name());
                area.setString(7, d.notes());
                area.setString(8, UtcTime.format(d.createdAt()));
                area.setString(9, UtcTime.format(d.updatedAt()));
                area.addBatch();
                Envelope envelope = polygon.getEnvelopeInternal();
                index.add(fid, envelope);
                extent.expandToInclude(envelope);
                // the draft was validated when it was made; the stored areas are made from it on demand
                String after = json.write(d, polygon, fid, sources.get(i));
                seq++;
                String hash = hasher.hash(seq, time, user, Action.CREATE.name(), HazardAreaTable.ENTITY, fid, null,
                        after, prevHash);
                audit.setLong(1, seq);
                audit.setString(2, time);
                audit.setString(3, user);
                audit.setString(4, Action.CREATE.name());
                audit.setString(5, HazardAreaTable.ENTITY);
                audit.setLong(6, fid);
                audit.setString(7, after);
                audit.setString(8, prevHash);
                audit.setString(9, hash);
                audit.addBatch();
                prevHash = hash;
                if ((i + 1) % BATCH == 0) {
                    flush(area, audit, index);
                }
                progress.accept(i + 1);
            }
            flush(area, audit, index);
            index.restoreTrigger();
        }
        if (extent.isNull()) {
            HazardAreaTable.refreshContents(c, now);
        } else {
            HazardAreaTable.extendContents(c, extent, now);
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = " + cacheSize);
        }
        return out;
    }

    /** The fid SQLite would have used last: AUTOINCREMENT never reuses one, even of a deleted area. */
    private static long lastFid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max("
                + "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'hazard_area'), 0), "
                + "coalesce((SELECT max(fid) FROM hazard_area), 0))")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static void flush(PreparedStatement area, PreparedStatement audit, BulkSpatialIndex index)
            throws SQLException {
        area.executeBatch();
        index.flush();
        audit.executeBatch();
    }

    /** The imported areas as stored: draft {@code i} got fid {@code firstFid + i} and millisecond times. */
    private static final class StoredAreas extends AbstractList<HazardArea> {
        private final List<HazardArea> drafts;
        private final long firstFid;

        StoredAreas(List<HazardArea> drafts, long firstFid) {
            this.drafts = List.copyOf(drafts);
            this.firstFid = firstFid;
        }

        @Override
        public HazardArea get(int i) {
            HazardArea d = drafts.get(i);
            return new HazardArea(firstFid + i, d.reference(), d.name(), d.kind(), d.status(), d.polygon(),
                    d.notes(), UtcTime.stored(d.createdAt()), UtcTime.stored(d.updatedAt()));
        }

        @Override
        public int size() {
            return drafts.size();
        }
    }
}
