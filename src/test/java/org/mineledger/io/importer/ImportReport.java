package org.mineledger.io.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.mineledger.model.HazardKind;

/** Test helper: what a user would be told about a file — the refusal message, or every problem listed. */
final class ImportReport {
    private ImportReport() {
    }

    static String of(Path file) {
        return of(file, ImportOptions.defaults().withDefaultKind(HazardKind.SUSPECTED));
    }

    static String of(Path file, ImportOptions options) {
        try {
            SourceLayer layer = SourceFormat.of(file).read(file, options);
            ImportPreview p = ImportPreview.of(layer, options, Set.of(), 1, Instant.parse("2026-01-01T00:00:00Z"));
            StringBuilder b = new StringBuilder("PREVIEW ").append(layer.file()).append('\n');
            layer.fileProblems().forEach(x -> b.append("FILE: ").append(x).append('\n'));
            for (ImportCandidate c : p.candidates()) {
                b.append(c.ready() ? "READY " : "PROBLEM ").append(c.source().location()).append(": ")
                        .append(String.join(" | ", c.problems())).append('\n');
            }
            return b.toString();
        } catch (ImportException e) {
            return "REFUSED " + e.getMessage();
        }
    }
}
