package org.mineledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry.Action;

/**
 * Stores imported hazard areas: all of them in one transaction, or none, with one audit entry for the import that
 * names the source file and, for each area, its source feature and the digest of its stored row
 * ({@link ImportAuditJson}), so every imported area can be traced to its source feature and checked.
 */
public final class HazardImportStore {
    /** Rows sent to SQLite at a time. */
    private static final int BATCH = 500;
    /** One digest per thread: making a SHA-256 instance costs more than digesting a row. */
    private static final ThreadLocal<RowDigest> DIGEST = ThreadLocal.withInitial(RowDigest::new);
    /**
     * Areas listed per audit entry of an import: a large import is written as several entries (parts) of this many,
     * so that showing the history of one area reads about 130 kB, not the whole list of a 50,000-area import.
     */
    static final int AUDIT_PART = 1000;
    /** Rows made ahead of SQLite at a time (see {@link #part}): whole audit entries. */
    private static final int ROW_PART = 4 * AUDIT_PART;
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
     * The same rows and index entries as {@link Workspace#add} writes, with the statement prepared once and run
     * in batches and the R*Tree filled from envelopes computed here (see {@link BulkSpatialIndex}); then ONE audit
     * entry for the whole import ({@link ImportAuditJson}) listing each area with the digest of its row, so that
     * tens of thousands of areas import in about the time GDAL needs to copy them.
     */
    private List<HazardArea> insertAll(List<HazardArea> drafts, List<ImportSource> sources, IntConsumer progress)
            throws SQLException {
        Connection c = workspace.connection();
        Instant now = workspace.now();
        long firstFid = lastFid(c) + 1;
        List<HazardArea> out = new StoredAreas(drafts, firstFid);
        // the import's audit entries are written and hashed (all but their chaining) with the rows, beside SQLite
        Audit audit = new Audit(drafts.size(), firstFid, sources, AuditLog.lastSeq(c) + 1, UtcTime.format(now),
                workspace.user(), nextImportNumber(c));
        // a larger page cache for this connection keeps a big import from spilling pages to the WAL mid-way
        int cacheSize;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA cache_size")) {
            cacheSize = r.getInt(1);
            s.execute("PRAGMA cache_size = -65536");
        }
        Envelope extent = new Envelope();
        List<AuditHasher.Prepared> entries = new ArrayList<>(audit.parts());
        Part made = null;
        // an import's areas are usually all created at one instant: then their times (the last two texts of a
        // row) are part of the statement, two values fewer to hand to SQLite for each area
        boolean sameTimes = !drafts.isEmpty() && drafts.stream().allMatch(d ->
                d.createdAt().equals(drafts.get(0).createdAt()) && d.updatedAt().equals(drafts.get(0).updatedAt()));
        String[] first = sameTimes ? HazardAreaTable.texts(drafts.get(0)) : null;
        int unbound = sameTimes ? 2 : 0;
        try (PreparedStatement area = c.prepareStatement("INSERT INTO hazard_area (fid, geom, reference, name, "
                + "kind, status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + (sameTimes ? quote(first[5]) + ", " + quote(first[6]) : "?, ?") + ")");
             BulkSpatialIndex index = BulkSpatialIndex.suspendTrigger(c)) {
            // the rows as bytes and text, with their digests, are made a part at a time on the other cores while
            // SQLite stores the part before, so only two parts of rows are held at any time
            CompletableFuture<Part> next = part(drafts, 0, audit);
            for (int i = 0; i < drafts.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    next.cancel(false);
                    throw new CancellationException("Import cancelled; nothing was stored.");
                }
                if (i % ROW_PART == 0) {
                    made = take(next);
                    entries.addAll(made.entries());
                    next = part(drafts, i + ROW_PART, audit);
                }
                Row row = made.rows()[i % ROW_PART];
                long fid = firstFid + i;
                area.setLong(1, fid);
                area.setBytes(2, row.geom());
                for (int k = 0; k < row.texts().length - unbound; k++) {
                    area.setString(k + 3, row.texts()[k]);
                }
                area.addBatch();
                index.add(fid, row.envelope());
                extent.expandToInclude(row.envelope());
                if ((i + 1) % BATCH == 0) {
                    area.executeBatch();
                    index.flush();
                }
                progress.accept(i + 1);
            }
            area.executeBatch();
            index.flush();
            index.restoreTrigger();
        }
        try (PreparedStatement range = c.prepareStatement("INSERT INTO ml_audit_range (seq, entity, first_id, "
                + "last_id) VALUES (?, ?, ?, ?)")) {
            for (int part = 0; part < entries.size(); part++) {
                AuditEntry entry = AuditLog.append(c, entries.get(part));
                range.setLong(1, entry.seq());
                range.setString(2, HazardAreaTable.ENTITY);
                range.setLong(3, firstFid + (long) part * AUDIT_PART);
                range.setLong(4, firstFid + Math.min(drafts.size(), (part + 1L) * AUDIT_PART) - 1);
                range.executeUpdate();
            }
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

    /** What every audit entry of one import shares: areas {@code firstFid…} from {@code sources}, entries {@code firstSeq…}. */
    private record Audit(int areas, long firstFid, List<ImportSource> sources, long firstSeq, String time, String user,
            long importNumber) {
        int parts() {
            return (areas + AUDIT_PART - 1) / AUDIT_PART;
        }

        /** Audit entry {@code part} (from 0), listing areas {@code part * AUDIT_PART…} made as {@code rows}. */
        AuditHasher.Prepared entry(int part, Row[] rows, int firstRow) {
            int from = part * AUDIT_PART;
            int to = Math.min(areas, from + AUDIT_PART);
            List<ImportAuditJson.Item> items = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                items.add(item(i, rows[i - firstRow]));
            }
            return AuditHasher.prepare(firstSeq + part, time, user, Action.CREATE.name(), ImportAuditJson.ENTITY,
                    importNumber, null, ImportAuditJson.write(items, part + 1, parts()));
        }

        /** Area {@code i} as its audit entry lists it (a method called per area is compiled early). */
        private ImportAuditJson.Item item(int i, Row row) {
            ImportSource source = sources.get(i);
            return new ImportAuditJson.Item(firstFid + i, row.texts()[0], source.file(), source.feature(),
                    row.digest());
        }
    }

    /** Rows {@code from…} of an import and the audit entries that list them. */
    private record Part(Row[] rows, List<AuditHasher.Prepared> entries) {
    }

    /**
     * Rows {@code from} to {@code from + ROW_PART} (fewer at the end) and the audit entries listing them, made in
     * the background on every core.
     */
    private static CompletableFuture<Part> part(List<HazardArea> drafts, int from, Audit audit) {
        int to = Math.max(from, Math.min(drafts.size(), from + ROW_PART));
        return CompletableFuture.supplyAsync(() -> {
            Row[] rows = IntStream.range(from, to).parallel().mapToObj(i -> Row.of(drafts.get(i), DIGEST.get()))
                    .toArray(Row[]::new);
            List<AuditHasher.Prepared> entries = IntStream.range(from / AUDIT_PART, (to + AUDIT_PART - 1) / AUDIT_PART)
                    .parallel().mapToObj(p -> audit.entry(p, rows, from)).toList();
            return new Part(rows, entries);
        });
    }

    private static Part take(CompletableFuture<Part> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** {@code text} as an SQL string literal. */
    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static long nextImportNumber(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(entity_id), 0) + 1 FROM ml_audit "
                + "WHERE entity = ?")) {
            p.setString(1, ImportAuditJson.ENTITY);
            try (ResultSet r = p.executeQuery()) {
                return r.getLong(1);
            }
        }
    }

    /** The fid SQLite would have used last: AUTOINCREMENT never reuses one, even of a deleted area. */
    private static long lastFid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max("
                + "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'hazard_area'), 0), "
                + "coalesce((SELECT max(fid) FROM hazard_area), 0))")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** One area as the columns of its row ({@link HazardAreaTable#texts}), its envelope and its digest. */
    private record Row(byte[] geom, String[] texts, Envelope envelope, String digest) {
        static Row of(HazardArea d, RowDigest digest) {
            if (d.id() != 0) {
                throw new IllegalArgumentException("Hazard area " + d.reference() + " is already stored.");
            }
            Envelope envelope = d.envelope();
            byte[] geom = GeoPackageGeometry.encode(d, envelope);
            String[] texts = HazardAreaTable.texts(d);
            return new Row(geom, texts, envelope, digest.of(geom, texts));
        }
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
            // the draft's polygon was checked in full when the draft was made: not again for each read
            return HazardArea.stored(firstFid + i, d.reference(), d.name(), d.kind(), d.status(), d.polygon(),
                    d.notes(), UtcTime.stored(d.createdAt()), UtcTime.stored(d.updatedAt()));
        }

        @Override
        public int size() {
            return drafts.size();
        }
    }
}
