package org.mineledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The SQL of the single-row {@code ml_meta} table beyond the schema version: the training mark. */
final class WorkspaceMeta {
    /** Audit entity name for changes to the workspace's own settings (entity id 1). */
    static final String ENTITY = "workspace";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkspaceMeta() {
    }

    static String trainingBanner(Connection c) throws SQLException {
        return text(c, "training_banner");
    }

    static String sampleId(Connection c) throws SQLException {
        return text(c, "sample_id");
    }

    static void setTraining(Connection c, String banner, String sampleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE ml_meta SET training_banner = ?, sample_id = ? WHERE id = 1")) {
            p.setString(1, banner);
            p.setString(2, sampleId);
            p.executeUpdate();
        }
    }

    /** The training mark as the JSON kept in the audit trail. */
    static String trainingJson(Connection c) throws SQLException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("training_banner", trainingBanner(c));
        n.put("sample_id", sampleId(c));
        return n.toString();
    }

    private static String text(Connection c, String column) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM ml_meta WHERE id = 1");
             ResultSet r = p.executeQuery()) {
            return r.next() ? r.getString(1) : "";
        }
    }
}
