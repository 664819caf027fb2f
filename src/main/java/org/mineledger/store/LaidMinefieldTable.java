package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.SignOff;
import org.mineledger.model.laid.LaidMinefieldRevision;

/** The SQL of {@code ml_laid_minefield}: one row per revision of a laid-minefield record. */
final class LaidMinefieldTable {
    static final String ENTITY = "laid_minefield";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String COLUMNS = "id, number, revision, supersedes, status, signed_by, signed_role, "
            + "signed_at, hazard_fid, record_json, updated_at";

    private LaidMinefieldTable() {
    }

    static long insert(Connection c, LaidMinefieldRevision r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ml_laid_minefield (number, revision, supersedes, "
                + "status, signed_by, signed_role, signed_at, hazard_fid, record_json, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, r.number());
            p.setInt(2, r.revision());
            p.setObject(3, r.supersedes() == 0 ? null : r.supersedes());
            bindState(p, 4, r);
            p.setString(9, LaidMinefieldJson.write(r.record()));
            p.setString(10, UtcTime.format(r.updatedAt()));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Writes status, signature, hazard link, record and time; the trigger refuses it on a signed-off row. */
    static void update(Connection c, LaidMinefieldRevision r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE ml_laid_minefield SET status = ?, signed_by = ?, "
                + "signed_role = ?, signed_at = ?, hazard_fid = ?, record_json = ?, updated_at = ? WHERE id = ?")) {
            bindState(p, 1, r);
            p.setString(6, LaidMinefieldJson.write(r.record()));
            p.setString(7, UtcTime.format(r.updatedAt()));
            p.setLong(8, r.id());
            p.executeUpdate();
        }
    }

    private static void bindState(PreparedStatement p, int at, LaidMinefieldRevision r) throws SQLException {
        SignOff s = r.signOff();
        p.setString(at, r.status().name());
        p.setString(at + 1, s == null ? null : s.name());
        p.setString(at + 2, s == null ? null : s.role());
        p.setString(at + 3, s == null ? null : UtcTime.format(s.at()));
        p.setObject(at + 4, r.hazardId() == 0 ? null : r.hazardId());
    }

    static Optional<LaidMinefieldRevision> byId(Connection c, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ml_laid_minefield WHERE id = ?", id).stream().findFirst();
    }

    /** Every revision of one minefield, oldest first. */
    static List<LaidMinefieldRevision> revisions(Connection c, String number) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ml_laid_minefield WHERE number = ? ORDER BY revision", number);
    }

    /** The latest revision of every minefield, by number. */
    static List<LaidMinefieldRevision> latest(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ml_laid_minefield m WHERE revision = (SELECT max(revision) "
                + "FROM ml_laid_minefield WHERE number = m.number) ORDER BY number");
    }

    /**
     * The latest signed-off revision of the minefield a hazard area was converted from (its corrections follow
     * the area), or the converted revision itself when none is signed off.
     */
    static Optional<LaidMinefieldRevision> byHazard(Connection c, long hazardId) throws SQLException {
        Optional<LaidMinefieldRevision> converted = query(c, "SELECT " + COLUMNS + " FROM ml_laid_minefield "
                + "WHERE hazard_fid = ? ORDER BY revision", hazardId).stream().findFirst();
        if (converted.isEmpty()) {
            return converted;
        }
        List<LaidMinefieldRevision> signed = query(c, "SELECT " + COLUMNS + " FROM ml_laid_minefield WHERE number = ? "
                + "AND status = 'SIGNED_OFF' AND revision >= ? ORDER BY revision DESC", converted.get().number(),
                converted.get().revision());
        return signed.isEmpty() ? converted : Optional.of(signed.get(0));
    }

    /** The id of the hazard area a minefield was converted to (the latest link of its revisions), 0 when none. */
    static long hazardOf(Connection c, String number) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT hazard_fid FROM ml_laid_minefield WHERE number = ? "
                + "AND hazard_fid IS NOT NULL ORDER BY revision DESC LIMIT 1")) {
            p.setString(1, number);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** The revision as the audit trail records it. */
    static String json(LaidMinefieldRevision r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("number", r.number());
        o.put("revision", r.revision());
        o.put("supersedes", r.supersedes());
        o.put("status", r.status().name());
        if (r.signOff() != null) {
            o.put("signed_by", r.signOff().name());
            o.put("signed_role", r.signOff().role());
            o.put("signed_at", UtcTime.format(r.signOff().at()));
        }
        o.put("hazard_fid", r.hazardId());
        o.put("updated_at", UtcTime.format(r.updatedAt()));
        o.set("record", LaidMinefieldJson.tree(r.record()));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write minefield record " + r.number() + " as JSON", e);
        }
    }

    private static List<LaidMinefieldRevision> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                List<LaidMinefieldRevision> out = new ArrayList<>();
                while (r.next()) {
                    out.add(decode(r));
                }
                return out;
            }
        }
    }

    private static LaidMinefieldRevision decode(ResultSet r) throws SQLException {
        String number = r.getString(2);
        try {
            RecordStatus status = RecordStatus.valueOf(r.getString(5));
            SignOff signOff = r.getString(6) == null ? null
                    : new SignOff(r.getString(6), r.getString(7), UtcTime.parse(r.getString(8)));
            return new LaidMinefieldRevision(r.getLong(1), r.getInt(3), r.getLong(4), status, signOff, r.getLong(9),
                    LaidMinefieldJson.read(r.getString(10)), UtcTime.parse(r.getString(11)));
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException("Minefield record " + number + " (id " + r.getLong(1) + ") cannot be read: "
                    + e.getMessage() + " Run 'mineledger check' on the workspace.", e);
        }
    }
}
