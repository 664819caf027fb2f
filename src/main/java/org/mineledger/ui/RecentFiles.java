package org.mineledger.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last workspaces opened, newest first, kept in a text file in the data folder. */
public final class RecentFiles {
    private static final int KEEP = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public void add(Path file) {
        List<Path> paths = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, paths.stream().limit(KEEP).map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remember recent files in " + store, e);
        }
    }
}
