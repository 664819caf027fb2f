package org.mineledger.io.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.SourceFormat;
import org.mineledger.io.importer.SourceLayer;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.store.Workspace;

/**
 * Imports GPS waypoints and tracks (GPX, or a CSV of points, or any point/line file) into a workspace as survey
 * evidence: read and previewed first, then stored all at once or not at all.
 */
public final class EvidenceImport {
    private final Workspace workspace;
    private final Path file;
    private SourceLayer layer;

    public EvidenceImport(Workspace workspace, Path file) {
        this.workspace = workspace;
        this.file = file;
    }

    /** Reads the file (once) and maps it; {@code hazard} (may be null) is given to features naming none. */
    public EvidencePreview preview(ImportOptions options, HazardReference hazard) {
        if (layer == null) {
            layer = SourceFormat.of(file).read(file, options);
        }
        Set<String> known = workspace.hazards().stream().map(a -> a.reference().value()).collect(Collectors.toSet());
        return EvidencePreview.of(layer, hazard, known);
    }

    /**
     * Stores the ready features; refuses when some have problems and {@code skipProblems} is false.
     * {@code progress} may throw {@link java.util.concurrent.CancellationException}: then nothing is stored.
     */
    public List<SurveyEvidence> commit(EvidencePreview preview, boolean skipProblems, IntConsumer progress) {
        SourceLayer l = preview.layer();
        if (!l.fileProblems().isEmpty()) {
            throw new ImportException(l.file(), "", "nothing was imported: " + l.fileProblems().get(0));
        }
        if (!skipProblems && !preview.withProblems().isEmpty()) {
            throw new ImportException(l.file(), "", "nothing was imported: " + preview.withProblems().size()
                    + " feature(s) have problems. Fix them, or import only the good ones (--skip-bad).");
        }
        if (preview.ready().isEmpty()) {
            throw new ImportException(l.file(), "", "no feature can be imported; nothing was changed.");
        }
        return new SurveyEvidenceStore(workspace).importAll(
                preview.ready().stream().map(EvidenceCandidate::draft).toList(), progress);
    }
}
