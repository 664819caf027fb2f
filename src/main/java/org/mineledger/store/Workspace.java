package org.mineledger.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.AuditEntry.Action;

/**
 * A MineLedger workspace: one {@code .gpkg} file that is an OGC GeoPackage 1.4 holding the hazard areas and
 * an append-only, hash-chained audit trail. Every change is one SQLite transaction with its audit entry.
 */
public final class Workspace implements AutoCloseable {
    /** The schema version this MineLedger reads and writes. */
    public static final int CURRENT_SCHEMA = Migrations.LATEST;
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    private static final Pattern HA_NUMBER = Pattern.compile("HA-(\\d{4,6})");
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final Clock clock = Clock.systemUTC();
    private String user = defaultUser();

    private Workspace(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Creates a new, empty workspace; refuses when the file already exists. */
    public static Workspace create(Path file) {
        Path f = requireGpkgName(file);
        try {
            Files.createFile(f);
        } catch (FileAlreadyExistsException e) {
            throw new WorkspaceException(f + " already exists. Choose another name, or open it with File > Open.", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new WorkspaceException("Cannot create " + f + ": the folder " + f.getParent()
                    + " does not exist. Create it first or choose another folder.", e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create " + f + " (" + e.getClass().getSimpleName()
                    + "). Check that you may write to the folder " + f.getParent() + ".", e);
        }
        Connection c = null;
        try {
            Connection conn = WorkspaceFile.connect(f);
            c = conn;
            Transaction.run(conn, () -> Migrations.apply(conn, 0, Migrations.LATEST));
            return new Workspace(f, conn);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            deleteQuietly(f);
            throw new WorkspaceException("Cannot create the workspace " + f + ": " + e.getMessage()
                    + ". Nothing was left behind; try another folder.", e);
        }
    }

    /** Opens a workspace; an older schema is first backed up beside the file, then migrated. */
    public static Workspace open(Path file) {
        Path f = file.toAbsolutePath().normalize();
        WorkspaceFile.inspect(f);
        WorkspaceFile.requireWritable(f);
        Connection c = null;
        try {
            Connection conn = WorkspaceFile.connect(f);
            c = conn;
            int version = Migrations.version(conn);
            WorkspaceFile.requireKnownVersion(f, version);
            if (version < Migrations.LATEST) {
                Path backup = backUp(conn, f, version);
                Transaction.run(conn, () -> Migrations.apply(conn, version, Migrations.LATEST));
                LOG.log(System.Logger.Level.INFO, "Migrated {0} from schema {1} to {2}; backup {3}", f, version,
                        Migrations.LATEST, backup);
            }
            return new Workspace(f, conn);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException("Cannot open " + f + ": " + e.getMessage() + ". If another program has "
                    + "it open, close that program and try again.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Sets who is recorded in the audit trail for the changes that follow. */
    public synchronized void setUser(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Enter the name of the person making changes.");
        }
        this.user = name.strip();
    }

    public synchronized String user() {
        return user;
    }

    public synchronized int schemaVersion() {
        return read(() -> Migrations.version(connection));
    }

    public synchronized List<HazardArea> hazards() {
        return read(() -> HazardAreaTable.readAll(connection, this::decode));
    }

    public synchronized Optional<HazardArea> hazard(long id) {
        return read(() -> HazardAreaTable.byId(connection, id).map(this::decode));
    }

    public synchronized Optional<HazardArea> hazard(HazardReference reference) {
        return read(() -> HazardAreaTable.byReference(connection, reference).map(this::decode));
    }

    /** Stores a new area (id 0) and returns it as stored: with its id and times at millisecond precision. */
    public synchronized HazardArea add(HazardArea draft) {
        return write("hazard area " + draft.reference(), () -> {
            HazardArea stored = insert(draft);
            HazardAreaTable.extendContents(connection, stored.polygon().getEnvelopeInternal(), clock.instant());
            return stored;
        });
    }

    /** Stores several new areas in one transaction: all of them, or none when any fails. */
    public synchronized List<HazardArea> addAll(List<HazardArea> drafts) {
        return write(drafts.size() + " hazard areas", () -> {
            List<HazardArea> out = new ArrayList<>();
            Envelope added = new Envelope();
            for (HazardArea d : drafts) {
                HazardArea stored = insert(d);
                added.expandToInclude(stored.polygon().getEnvelopeInternal());
                out.add(stored);
            }
            if (!added.isNull()) {
                HazardAreaTable.extendContents(connection, added, clock.instant());
            }
            return out;
        });
    }

    /** Stores changes to an existing area; its creation time stays as stored. Returns the area as stored. */
    public synchronized HazardArea update(HazardArea changed) {
        return write("hazard area " + changed.reference(), () -> {
            HazardArea before = decode(HazardAreaTable.byId(connection, changed.id())
                    .orElseThrow(() -> missing(changed.id())));
            HazardArea after = stored(changed.id(), changed, before.createdAt());
            String beforeJson = HazardJson.write(before);
            String afterJson = HazardJson.write(after);
            if (beforeJson.equals(afterJson)) {
                return before;
            }
            HazardAreaTable.update(connection, after);
            Instant now = clock.instant();
            AuditLog.append(connection, now, user, Action.UPDATE, HazardAreaTable.ENTITY, after.id(), beforeJson,
                    afterJson);
            HazardAreaTable.refreshContents(connection, now);
            return after;
        });
    }

    /** Deletes an area; the audit trail keeps what it was. */
    public synchronized void delete(long id) {
        write("the deletion of hazard area " + id, () -> {
            HazardArea before = decode(HazardAreaTable.byId(connection, id).orElseThrow(() -> missing(id)));
            HazardAreaTable.delete(connection, id);
            Instant now = clock.instant();
            AuditLog.append(connection, now, user, Action.DELETE, HazardAreaTable.ENTITY, id,
                    HazardJson.write(before), null);
            HazardAreaTable.refreshContents(connection, now);
            return null;
        });
    }

    /**
     * Marks this workspace as training data made from the bundled sample {@code sampleId}; every screen and
     * print made from it then shows {@code banner}. Recorded in the audit trail like any other change.
     */
    public synchronized void markTraining(String banner, String sampleId) {
        if (banner == null || banner.isBlank()) {
            throw new IllegalArgumentException("A training workspace needs a banner text, e.g. TRAINING — FICTIONAL DATA");
        }
        write("the training mark", () -> {
            String before = WorkspaceMeta.trainingJson(connection);
            WorkspaceMeta.setTraining(connection, banner.strip(), sampleId == null ? "" : sampleId.strip());
            AuditLog.append(connection, clock.instant(), user, Action.UPDATE, WorkspaceMeta.ENTITY, 1, before,
                    WorkspaceMeta.trainingJson(connection));
            return null;
        });
    }

    /** True when this workspace was made from a sample scenario and holds fictional training data. */
    public synchronized boolean isTraining() {
        return !trainingBanner().isEmpty();
    }

    /** The banner every screen and print of this workspace must show, or "" for real data. */
    public synchronized String trainingBanner() {
        return read(() -> WorkspaceMeta.trainingBanner(connection));
    }

    /** The bundled sample this workspace was made from, or "" for real data. */
    public synchronized String sampleId() {
        return read(() -> WorkspaceMeta.sampleId(connection));
    }

    /** The next HA-nnnn reference after every one ever used here, deleted areas included, so none is reused. */
    public synchronized HazardReference nextReference() {
        return read(() -> {
            int max = 0;
            for (String ref : HazardAreaTable.referencesEverUsed(connection)) {
                Matcher m = HA_NUMBER.matcher(ref);
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
            return HazardReference.numbered(max + 1);
        });
    }

    /** The audit entries of one item, oldest first. */
    public synchronized List<AuditEntry> history(String entity, long entityId) {
        return read(() -> AuditLog.of(connection, entity, entityId));
    }

    /** The whole audit trail, oldest first. */
    public synchronized List<AuditEntry> auditTrail() {
        return read(() -> AuditLog.all(connection));
    }

    /** Number of hazard areas by kind and status, with every combination present (0 when none). */
    public synchronized Map<HazardKind, Map<HazardStatus, Integer>> counts() {
        Map<HazardKind, Map<HazardStatus, Integer>> out = new EnumMap<>(HazardKind.class);
        for (HazardKind k : HazardKind.values()) {
            Map<HazardStatus, Integer> byStatus = new EnumMap<>(HazardStatus.class);
            for (HazardStatus s : HazardStatus.values()) {
                byStatus.put(s, 0);
            }
            out.put(k, byStatus);
        }
        return read(() -> {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT kind, status, count(*) FROM hazard_area GROUP BY kind, status")) {
                while (r.next()) {
                    out.get(HazardKind.valueOf(r.getString(1))).put(HazardStatus.valueOf(r.getString(2)),
                            r.getInt(3));
                }
            } catch (IllegalArgumentException e) {
                throw new WorkspaceException(file + " holds a hazard area with an unknown kind or status ("
                        + e.getMessage() + "). Run 'mineledger check' on it.", e);
            }
            return out;
        });
    }

    /** Checks the file, the GeoPackage tables and the audit trail against the data. */
    public synchronized CheckReport check() {
        return read(() -> new WorkspaceCheck(connection, file).run());
    }

    /** Save As: writes a consistent copy of the workspace to a new file; refuses to overwrite one. */
    public synchronized void saveCopy(Path target) {
        Path t = requireGpkgName(target);
        if (Files.exists(t)) {
            throw new WorkspaceException(t + " already exists. Choose another name; MineLedger does not overwrite "
                    + "a workspace.");
        }
        read(() -> {
            try (PreparedStatement p = connection.prepareStatement("VACUUM INTO ?")) {
                p.setString(1, t.toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not close " + file + " cleanly: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** The JDBC connection, for the record stores of this package, only inside {@link #write} or {@link #read}. */
    Connection connection() {
        return connection;
    }

    /** The current time as the audit trail records it. */
    Instant now() {
        return clock.instant();
    }

    private HazardArea insert(HazardArea draft) throws SQLException {
        if (draft.id() != 0) {
            throw new IllegalArgumentException("Hazard area " + draft.reference() + " is already stored (id "
                    + draft.id() + "); change it with update, not add.");
        }
        HazardArea normal = stored(0, draft, draft.createdAt());
        long id = HazardAreaTable.insert(connection, normal);
        HazardArea stored = normal.withId(id);
        Instant now = clock.instant();
        AuditLog.append(connection, now, user, Action.CREATE, HazardAreaTable.ENTITY, id, null,
                HazardJson.write(stored));
        return stored;
    }

    private static HazardArea stored(long id, HazardArea a, Instant createdAt) {
        return new HazardArea(id, a.reference(), a.name(), a.kind(), a.status(), a.polygon(), a.notes(),
                UtcTime.stored(createdAt), UtcTime.stored(a.updatedAt()));
    }

    private HazardArea decode(HazardAreaTable.Row row) {
        try {
            return row.toStoredHazardArea();
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException("Hazard area " + row.reference() + " (id " + row.fid() + ") in " + file
                    + " cannot be read: " + e.getMessage() + ". Run 'mineledger check' on the workspace.", e);
        }
    }

    private WorkspaceException missing(long id) {
        return new WorkspaceException("There is no hazard area with id " + id + " in " + file
                + "; it may have been deleted. Reload the list.");
    }

    /**
     * Runs {@code work} as one transaction on this workspace; for the record stores of this package
     * ({@code store/*Store.java}), which append their own audit entries inside the same work.
     */
    <T> T write(String what, Transaction.Work<T> work) {
        ensureOpen();
        try {
            return Transaction.call(connection, work);
        } catch (SQLException e) {
            throw new WorkspaceException(SqlErrors.describe(e, file, what), e);
        }
    }

    /** Runs read-only {@code work}; for the record stores of this package. */
    <T> T read(Transaction.Work<T> work) {
        ensureOpen();
        try {
            return work.call();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage()
                    + ". Run 'mineledger check' on the workspace.", e);
        }
    }

    private void ensureOpen() {
        try {
            if (connection.isClosed()) {
                throw new IllegalStateException("The workspace " + file + " is closed.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The workspace " + file + " is closed.", e);
        }
    }

    private static Path backUp(Connection c, Path f, int version) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (r.getInt(1) != 0) {
                throw new WorkspaceException(f + " is in use by another program, so it cannot be backed up before "
                        + "it is upgraded. Close the other program and open the workspace again.");
            }
        }
        String base = f.getFileName() + ".v" + version + "-backup-" + BACKUP_STAMP.format(Instant.now());
        for (int n = 1; ; n++) {
            Path backup = f.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                Files.copy(f, backup, StandardCopyOption.COPY_ATTRIBUTES);
                return backup;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new WorkspaceException("Cannot back up " + f + " to " + backup + " before upgrading it: "
                        + e.getMessage() + ". The workspace was not changed; free some disk space and try again.", e);
            }
        }
    }

    private static Path requireGpkgName(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            throw new WorkspaceException(f + " does not end in .gpkg. A workspace is a GeoPackage file; give it a "
                    + "name ending in .gpkg.");
        }
        return f;
    }

    private static String defaultUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Closing after a failure also failed", e);
            }
        }
    }

    private static void deleteQuietly(Path f) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(f + suffix));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove " + f + suffix, e);
            }
        }
    }
}
