package org.mineledger.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns a failed write into a sentence for a deminer; every failed write was rolled back whole. */
final class SqlErrors {
    private SqlErrors() {
    }

    static String describe(SQLException e, Path file, String what) {
        String nothing = " Nothing was changed.";
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
        String message = String.valueOf(e.getMessage());
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE && message.contains("hazard_area.reference")) {
            return "Could not save " + what + ": that reference is already used by another hazard area in " + file
                    + ". Choose another reference." + nothing;
        }
        return switch (code.code & 0xff) {
            case 5, 6 -> "Could not save " + what + ": " + file + " is busy, another program is writing to it. "
                    + "Try again in a moment." + nothing;
            case 8 -> "Could not save " + what + ": " + file + " has become read-only. Save a copy with Save As to "
                    + "a folder you can write to." + nothing;
            case 13 -> "Could not save " + what + ": the disk holding " + file + " is full. Free some space and "
                    + "try again." + nothing;
            default -> "Could not save " + what + " to " + file + ": " + message + "." + nothing;
        };
    }
}
