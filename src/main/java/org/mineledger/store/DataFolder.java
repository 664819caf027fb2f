package org.mineledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where MineLedger keeps the user's workspaces and settings: {@code $XDG_DATA_HOME/mineledger} (default
 * {@code ~/.local/share/mineledger}) on Linux, {@code %APPDATA%\MineLedger} on Windows,
 * {@code ~/Library/Application Support/MineLedger} on macOS. The system property {@code mineledger.home}
 * overrides it (tests and portable installs use it).
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve() {
        String override = System.getProperty("mineledger.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "MineLedger");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MineLedger");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "mineledger") : Path.of(home, ".local", "share", "mineledger");
    }

    /** The writable copy of the bundled sample opened on first start. */
    public static Path sampleWorkspace(String sampleId) {
        return resolve().resolve("samples").resolve(sampleId + ".gpkg");
    }

    /** Creates the data folder and its samples folder when missing; returns the data folder. */
    public static Path ensureExists() {
        Path folder = resolve();
        try {
            Files.createDirectories(folder.resolve("samples"));
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create MineLedger's data folder " + folder + " (" + e
                    + "). Set -Dmineledger.home=FOLDER to a folder you may write to.", e);
        }
        return folder;
    }
}
