package org.mineledger.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Workspace#check()}: every problem found, each a plain sentence for a deminer.
 *
 * @param file     the workspace checked
 * @param problems what is wrong, empty when all is well
 */
public record CheckReport(Path file, List<String> problems) {

    public CheckReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    /** True when no problem was found. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
