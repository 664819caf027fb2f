package org.mineledger.io.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * Exports a selection of hazard areas as a new GeoPackage: a fresh MineLedger workspace (layer
 * {@code hazard_area}) holding copies of them, so any GIS and MineLedger itself can open it.
 * The whole workspace is better copied with {@link Workspace#saveCopy}, which keeps its audit trail.
 */
public final class GpkgExporter {
    /** Areas stored per transaction of the new file, so that progress can be shown and the export cancelled. */
    private static final int BATCH = 1000;
    private final String trainingBanner;
    private final String sampleId;

    public GpkgExporter(String trainingBanner, String sampleId) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
        this.sampleId = sampleId == null ? "" : sampleId;
    }

    public void write(List<HazardArea> areas, Path file) {
        write(areas, file, n -> { });
    }

    /** Writes {@code areas} in batches; {@code progress} gets the count written so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path file, IntConsumer progress) {
        try (Workspace out = Workspace.create(file)) {
            if (!trainingBanner.isEmpty()) {
                out.markTraining(trainingBanner, sampleId);
            }
            for (int from = 0; from < areas.size(); from += BATCH) {
                int to = Math.min(areas.size(), from + BATCH);
                out.addAll(areas.subList(from, to).stream().map(a -> a.withId(0)).toList());
                progress.accept(to);
            }
        }
    }
}
