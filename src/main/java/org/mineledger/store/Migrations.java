package org.mineledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, forward-only schema migrations: SQL resources {@code migrations/V001__*.sql},
 * {@code V002__*.sql}, ... applied in order. A released migration is never edited; a change is a new file.
 */
final class Migrations {
    /** The scripts in order; script {@code i} (0-based) brings the schema to version {@code i + 1}. */
    private static final List<String> SCRIPTS = List.of(
            "V001__geopackage_core.sql",
            "V002__audit_lookup_and_app.sql",
            "V003__training_mark.sql",
            "V004__records.sql",
            "V005__plans.sql",
            "V006__monitoring.sql",
            "V007__hazard_planning_details.sql",
            "V008__survey_evidence.sql",
            "V009__import_audit_ranges.sql");

    /** The schema version this MineLedger writes. */
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** The schema version recorded in the workspace, 0 when it has no MineLedger tables. */
    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ml_meta'")) {
            if (r.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT schema_version FROM ml_meta WHERE id = 1")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Applies the scripts after {@code from} up to and including {@code to}, recording each new version.
     * The caller holds the transaction, so a failure in any script leaves the workspace as it was.
     */
    static void apply(Connection connection, int from, int to) throws SQLException {
        if (from < 0 || to > LATEST || from > to) {
            throw new IllegalArgumentException("No migration path from schema " + from + " to " + to);
        }
        for (int v = from + 1; v <= to; v++) {
            try (Statement s = connection.createStatement()) {
                // sqlite-jdbc runs a multi-statement string through sqlite3_exec, so triggers with
                // BEGIN ... END; bodies need no splitting here.
                s.executeUpdate(script(v));
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE ml_meta SET schema_version = ? WHERE id = 1")) {
                p.setInt(1, v);
                if (p.executeUpdate() != 1) {
                    throw new SQLException("migration " + v + " left no ml_meta row");
                }
            }
        }
    }

    private static String script(int version) {
        String name = "migrations/" + SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + name, e);
        }
    }
}
