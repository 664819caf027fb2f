package org.mineledger.io.importer;

import java.util.List;
import java.util.function.IntConsumer;
import org.mineledger.model.HazardArea;
import org.mineledger.store.HazardImportStore;
import org.mineledger.store.ImportSource;
import org.mineledger.store.Workspace;

/** Writes the ready candidates of a preview into a workspace as one transaction: all of them, or none. */
public final class ImportCommit {
    private ImportCommit() {
    }

    /**
     * Stores the ready candidates; refuses when the preview has problems and {@code skipProblems} is false.
     * {@code progress} may throw {@link java.util.concurrent.CancellationException}: then nothing is stored.
     */
    public static List<HazardArea> commit(Workspace ws, ImportPreview preview, boolean skipProblems,
            IntConsumer progress) {
        SourceLayer layer = preview.layer();
        if (!layer.fileProblems().isEmpty()) {
            throw new ImportException(layer.file(), "", "nothing was imported: " + layer.fileProblems().get(0));
        }
        if (!skipProblems && !preview.withProblems().isEmpty()) {
            throw new ImportException(layer.file(), "", "nothing was imported: " + preview.withProblems().size()
                    + " feature(s) have problems. Fix them, or import only the good ones (--skip-bad).");
        }
        List<ImportCandidate> ready = preview.ready();
        if (ready.isEmpty()) {
            throw new ImportException(layer.file(), "", "no feature can be imported; nothing was changed.");
        }
        List<HazardArea> drafts = ready.stream().map(ImportCandidate::draft).toList();
        List<ImportSource> sources = ready.stream()
                .map(c -> new ImportSource(layer.file(), c.featureLabel())).toList();
        return new HazardImportStore(ws).importAll(drafts, sources, progress);
    }
}
