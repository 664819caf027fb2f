package org.mineledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opening a workspace file: checks that never write (so a wrong file stays byte-identical) and the
 * connection settings every read-write connection gets.
 */
final class WorkspaceFile {
    /** {@code PRAGMA application_id} of a GeoPackage: 'GPKG' (GeoPackage 1.4, requirement 2). */
    static final int GPKG_APPLICATION_ID = 0x47504B47;
    /** {@code PRAGMA user_version} of GeoPackage 1.4.0. */
    static final int GPKG_USER_VERSION = 10400;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5000;

    private WorkspaceFile() {
    }

    /**
     * Reads the file without writing a byte (no journal, no -wal/-shm files) and returns its MineLedger
     * schema version, or throws {@link WorkspaceException} saying why it cannot be opened as a workspace.
     */
    static int inspect(Path file) {
        byte[] header = readHeader(file);
        if (header.length < 100 || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
                SQLITE_MAGIC.length)) {
            throw new WorkspaceException(file + " is not a MineLedger workspace: it is not an SQLite/GeoPackage "
                    + "file. Choose a .gpkg workspace", WorkspaceException.Remedy.NEW_WORKSPACE, null);
        }
        int applicationId = ByteBuffer.wrap(header).getInt(68);
        if (applicationId != GPKG_APPLICATION_ID) {
            throw new WorkspaceException(file + " is not a MineLedger workspace: it is an SQLite database but not "
                    + "a GeoPackage. Choose a .gpkg workspace", WorkspaceException.Remedy.NEW_WORKSPACE, null);
        }
        int version = readSchemaVersion(file);
        if (version == 0) {
            throw new WorkspaceException(file + " is a GeoPackage but not a MineLedger workspace (it has no "
                    + "MineLedger tables). To use its data, open or create a workspace and import this file",
                    WorkspaceException.Remedy.IMPORT_INTO_WORKSPACE, null);
        }
        requireKnownVersion(file, version);
        return version;
    }

    static void requireKnownVersion(Path file, int version) {
        if (version > Migrations.LATEST) {
            throw new WorkspaceException(file + " was made by a newer MineLedger (schema " + version
                    + ", this version knows up to " + Migrations.LATEST + "): update MineLedger to open it. "
                    + "The file was not changed.");
        }
    }

    /** Refuses a file MineLedger could read but not write, before anything is written. */
    static void requireWritable(Path file) {
        Path folder = file.getParent();
        boolean writable = Files.isWritable(file) && hasWritePermission(file)
                && folder != null && Files.isWritable(folder);
        if (!writable) {
            throw new WorkspaceException(file + " is read-only: MineLedger cannot write to it or to its folder, "
                    + "and it records every change in the file. Copy it to a folder you can write to "
                    + "(for example with Save As) and open the copy.");
        }
    }

    /** A read-write connection: WAL journal, foreign keys on, full sync, geometry functions registered. */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a change the user saw saved survives a power cut, not only a crash of the program.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try {
            GeometryFunctions.register(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static byte[] readHeader(Path file) {
        if (Files.isDirectory(file)) {
            throw new WorkspaceException(file + " is a folder, not a workspace file. Choose a .gpkg file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(100);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException("The workspace " + file + " does not exist. Check the folder and the "
                    + "name,", WorkspaceException.Remedy.NEW_WORKSPACE, e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage() + ". Check that you may "
                    + "read the file and that the disk is connected.", e);
        }
    }

    /**
     * Reads ml_meta through an {@code immutable=1} read-only connection, which takes no locks and creates
     * no -wal/-shm files. When a -wal file exists (the file is open elsewhere, or a program stopped without
     * closing it) the newest data may be there, so a plain read-only connection is used instead.
     */
    private static int readSchemaVersion(Path file) {
        boolean hotWal = Files.exists(Path.of(file + "-wal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String uri = file.toUri().toString() + (hotWal ? "?mode=ro" : "?immutable=1");
        try (Connection c = config.createConnection("jdbc:sqlite:" + uri)) {
            return Migrations.version(c);
        } catch (SQLException e) {
            throw new WorkspaceException(file + " cannot be read as a workspace (" + e.getMessage() + "). It may "
                    + "be damaged or not fully copied. Open a backup copy or the original file.", e);
        }
    }

    private static boolean hasWritePermission(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        try {
            // Files.isWritable is true for root even on a file marked read-only; respect the marking.
            Set<PosixFilePermission> p = view.readAttributes().permissions();
            return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }
}
