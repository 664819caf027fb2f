package org.mineledger.io.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import org.mineledger.model.HazardArea;
import org.mineledger.store.HazardImportStore;
import org.mineledger.store.Workspace;

/** Reads a file for import into one workspace and previews it; the preview is then committed or dropped. */
public final class ImportSession {
    private final Workspace workspace;
    private final Path file;
    private SourceLayer layer;

    public ImportSession(Workspace workspace, Path file) {
        this.workspace = workspace;
        this.file = file;
    }

    /** Reads the file (once) and maps it with {@code options}; writes nothing. */
    public ImportPreview preview(ImportOptions options) {
        if (layer == null) {
            layer = SourceFormat.of(file).read(file, options);
        }
        return remap(options);
    }

    /** Maps the already read file again, e.g. after the user changed the field mapping. */
    public ImportPreview remap(ImportOptions options) {
        String next = workspace.nextReference().value();
        int first = Integer.parseInt(next.substring(next.indexOf('-') + 1));
        return ImportPreview.of(layer, options, new HazardImportStore(workspace).referencesEverUsed(), first,
                Instant.now());
    }

    public List<HazardArea> commit(ImportPreview preview, boolean skipProblems, IntConsumer progress) {
        return ImportCommit.commit(workspace, preview, skipProblems, progress);
    }
}
