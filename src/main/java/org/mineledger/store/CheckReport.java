package org.mineledger.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Workspace#check()}: every problem found, each a plain sentence for a deminer.
 *
 * @param file     the workspace checked
 * @param problems   what is wrong, empty when all is well
 * @param accounting the area accounting of each hazard area with land released, one line each
 */
public record CheckReport(Path file, List<String> problems, List<String> accounting) {

    public CheckReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        accounting = accounting == null ? List.of() : List.copyOf(accounting);
    }

    public CheckReport(Path file, List<String> problems) {
        this(file, problems, List.of());
    }

    /** True when no problem was found. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
