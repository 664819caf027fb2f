package org.mineledger.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Which files an export may replace: an earlier export, when the user agrees, but never a workspace or any other
 * GeoPackage or SQLite database, whatever the format and however the user confirms.
 */
public final class ExportTarget {
    /** The first bytes of every SQLite database, GeoPackages and MineLedger workspaces included. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ExportTarget() {
    }

    /**
     * Why {@code out} must not be written by an export from {@code workspace}, or null when it may be (after asking,
     * if it exists). A GeoPackage export never replaces a file; the other formats never replace a database.
     */
    public static String refusal(Path out, Path workspace, ExportFormat format) {
        if (!Files.exists(out)) {
            return null;
        }
        if (sameFile(out, workspace)) {
            return out.getFileName() + " is the workspace you are exporting from; choose another file name for the "
                    + "export. Nothing was written.";
        }
        if (isDatabase(out)) {
            return databaseRefusal(out);
        }
        if (format == ExportFormat.GPKG) {
            return out.getFileName() + " already exists; choose another file name. A GeoPackage export never "
                    + "replaces a file. Nothing was written.";
        }
        return null;
    }

    /** Refuses, as an {@link ExportException}, to write over a database: the last guard, whoever the caller. */
    public static void check(Path out) {
        if (isDatabase(out)) {
            throw new ExportException(databaseRefusal(out));
        }
    }

    private static String databaseRefusal(Path out) {
        return out.getFileName() + " already exists and is a GeoPackage (a workspace or another database); MineLedger "
                + "never replaces one by an export. Choose another file name. Nothing was written.";
    }

    /** Whether {@code file} starts as an SQLite database does. */
    public static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return b != null && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
