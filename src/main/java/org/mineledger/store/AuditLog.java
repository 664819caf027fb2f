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
import org.mineledger.store.AuditEntry.Action;

/**
 * The SQL of the append-only {@code ml_audit} table and its hash chain. Each entry's hash is SHA-256
 * (hex) over the canonical form of its content and the previous entry's hash, so changing, removing or
 * reordering any entry outside MineLedger is detectable.
 */
final class AuditLog {
    /** prev_hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS =
            "seq, time, user, action, entity, entity_id, before_json, after_json, prev_hash, hash";

    private AuditLog() {
    }

    /** Appends one entry; the caller holds the transaction that also writes the change itself. */
    static AuditEntry append(Connection c, Instant time, String user, Action action, String entity,
            long entityId, String beforeJson, String afterJson) throws SQLException {
        Last last = last(c);
        return insert(c, AuditHasher.prepare(last.seq() + 1, UtcTime.format(time), user, action.name(), entity,
                entityId, beforeJson, afterJson), last);
    }

    /** The seq of the last entry, 0 when there is none: the next entry's is one more. */
    static long lastSeq(Connection c) throws SQLException {
        return last(c).seq();
    }

    /**
     * Appends an entry prepared beforehand, which must be the next one (the caller holds the write transaction
     * since it read {@link #lastSeq}), chaining it to the last entry's hash.
     */
    static AuditEntry append(Connection c, AuditHasher.Prepared p) throws SQLException {
        Last last = last(c);
        if (p.seq != last.seq() + 1) {
            throw new IllegalStateException("Audit entry " + p.seq + " was prepared to follow entry " + (p.seq - 1)
                    + ", but the last entry is " + last.seq() + ".");
        }
        return insert(c, p, last);
    }

    /** The last entry's seq and hash; 0 and {@link #GENESIS} when there is none. */
    private record Last(long seq, String hash) {
    }

    private static Last last(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, hash FROM ml_audit ORDER BY seq DESC LIMIT 1")) {
            return r.next() ? new Last(r.getLong(1), r.getString(2)) : new Last(0, GENESIS);
        }
    }

    private static AuditEntry insert(Connection c, AuditHasher.Prepared p, Last last) throws SQLException {
        String prevHash = last.hash();
        String hash = p.finish(prevHash);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ml_audit (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, p.seq);
            s.setString(2, p.time);
            s.setString(3, p.user);
            s.setString(4, p.action);
            s.setString(5, p.entity);
            s.setLong(6, p.entityId);
            s.setString(7, p.beforeJson);
            s.setString(8, p.afterJson);
            s.setString(9, prevHash);
            s.setString(10, hash);
            s.executeUpdate();
        }
        return new AuditEntry(p.seq, UtcTime.parse(p.time), p.user, Action.valueOf(p.action), p.entity, p.entityId,
                p.beforeJson, p.afterJson, prevHash, hash);
    }

    static List<AuditEntry> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ml_audit ORDER BY seq");
    }

    /** The entries of one item: its own, and those of imports that created it (see {@link ImportAuditJson}). */
    static List<AuditEntry> of(Connection c, String entity, long entityId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ml_audit WHERE entity = ? AND entity_id = ? UNION ALL SELECT "
                + COLUMNS + " FROM ml_audit WHERE seq IN (SELECT seq FROM ml_audit_range WHERE entity = ? AND ? "
                + "BETWEEN first_id AND last_id) ORDER BY seq", entity, entityId, entity, entityId);
    }

    /**
     * The entries of the records ({@code entities}: survey visits, finds, releases) that belong to one hazard area,
     * by the {@code hazard_fid} their stored JSON names (kept in the entry of a deletion too), oldest first.
     */
    static List<AuditEntry> recordsOf(Connection c, long hazardId, List<String> entities) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(entities.size(), "?"));
        List<Object> args = new ArrayList<>(entities);
        args.add(hazardId);
        return query(c, "SELECT " + COLUMNS + " FROM ml_audit WHERE entity IN (" + marks + ") AND "
                + "json_extract(coalesce(after_json, before_json), '$.hazard_fid') = ? ORDER BY seq", args.toArray());
    }

    /**
     * Walks the chain from the first entry and describes the first entry that does not hold, or empty
     * when every entry's prev_hash and hash are right. Reads the stored text as is, so any edit shows.
     */
    static Optional<String> firstBreak(Connection c) throws SQLException {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM ml_audit ORDER BY seq")) {
            while (r.next()) {
                long seq = r.getLong(1);
                if (seq != expectedSeq) {
                    return Optional.of("entries " + expectedSeq + " to " + (seq - 1) + " are missing before entry "
                            + seq);
                }
                String prev = r.getString(9);
                String actual = hash(seq, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getString(7), r.getString(8), prev);
                if (!expectedPrev.equals(prev)) {
                    return Optional.of("entry " + seq + " does not follow entry " + (seq - 1)
                            + " (an entry before it was changed, removed or replaced)");
                }
                if (!actual.equals(r.getString(10))) {
                    return Optional.of("entry " + seq + " was changed after it was written (its content does "
                            + "not match its hash)");
                }
                expectedPrev = r.getString(10);
                expectedSeq++;
            }
        }
        return Optional.empty();
    }

    /**
     * SHA-256 hex over a JSON array of the content fields, which is unambiguous for any text in them (written by
     * {@link AuditHasher}).
     */
    static String hash(long seq, String time, String user, String action, String entity, long entityId,
            String beforeJson, String afterJson, String prevHash) {
        return AuditHasher.hash(seq, time, user, action, entity, entityId, beforeJson, afterJson, prevHash);
    }

    private static List<AuditEntry> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                List<AuditEntry> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new AuditEntry(r.getLong(1), UtcTime.parse(r.getString(2)), r.getString(3),
                            Action.valueOf(r.getString(4)), r.getString(5), r.getLong(6), r.getString(7),
                            r.getString(8), r.getString(9), r.getString(10)));
                }
                return out;
            }
        }
    }
}
