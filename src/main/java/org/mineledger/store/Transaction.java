package org.mineledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work as one SQLite transaction: committed whole, or rolled back whole on any failure. */
final class Transaction {
    /** Work that reads or writes through JDBC. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws SQLException;
    }

    /** Work with no result. */
    @FunctionalInterface
    interface Step {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    static void run(Connection c, Step step) throws SQLException {
        call(c, () -> {
            step.run();
            return null;
        });
    }

    /**
     * BEGIN IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) at the start
     * instead of failing half-way through the work.
     */
    static <T> T call(Connection c, Work<T> work) throws SQLException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            T result = work.call();
            execute(c, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
