package org.mineledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Lets SQLite start sooner. On every start sqlite-jdbc runs {@code uname -o} (to tell Android from Linux) and
 * extracts a fresh copy of its native library into the temporary folder: about a fifth of a second of a
 * command-line run. Instead, MineLedger keeps one copy per driver build in its data folder
 * ({@code native/sqlite-CRC-SIZE/}) and points the driver to it ({@code org.sqlite.lib.path}). Only on the
 * platforms the driver ships a library for under a name known here (Linux with glibc, macOS, Windows; x86_64
 * and aarch64); anywhere else, or when anything fails, the driver finds its library as it always does.
 */
public final class SqliteLibrary {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /** Points the driver to the kept copy under the data folder, making it first if needed; else does nothing. */
    public static void useKeptCopy() {
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return; // chosen by whoever started MineLedger
        }
        keptCopy(DataFolder.resolve().resolve("native")).ifPresent(lib -> {
            System.setProperty(PATH, lib.getParent().toString());
            System.setProperty(NAME, lib.getFileName().toString());
        });
    }

    /** The driver's native library for this platform, kept under {@code folder}; empty when not possible. */
    static Optional<Path> keptCopy(Path folder) {
        Optional<String> resource = resource();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        URL url = SqliteLibrary.class.getResource(resource.get());
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry == null || entry.getSize() <= 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            String name = resource.get().substring(resource.get().lastIndexOf('/') + 1);
            Path lib = folder.resolve(String.format(Locale.ROOT, "sqlite-%08x-%d", entry.getCrc(), entry.getSize()))
                    .resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getSize()) {
                Files.createDirectories(lib.getParent());
                Path part = Files.createTempFile(lib.getParent(), name, ".part");
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    if (Files.size(part) != entry.getSize()) {
                        return Optional.empty();
                    }
                    Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return Optional.of(lib);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the driver keeps its library for this platform, as sqlite-jdbc names it; empty when unsure. */
    static Optional<String> resource() {
        String os = System.getProperty("os.name", "");
        String folder;
        if (os.startsWith("Linux")) {
            boolean musl = Files.exists(Path.of("/etc/alpine-release"))
                    || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))
                    || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
            if (musl || System.getProperty("java.runtime.name", "").toLowerCase(Locale.ROOT).contains("android")) {
                return Optional.empty();
            }
            folder = "Linux";
        } else if (os.startsWith("Mac") || os.startsWith("Darwin")) {
            folder = "Mac";
        } else if (os.startsWith("Windows")) {
            folder = "Windows";
        } else {
            return Optional.empty();
        }
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return arch == null ? Optional.empty() : Optional.of("/org/sqlite/native/" + folder + "/" + arch + "/"
                + System.mapLibraryName("sqlitejdbc"));
    }
}
