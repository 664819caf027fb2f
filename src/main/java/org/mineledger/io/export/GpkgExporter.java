package org.mineledger.io.export;

import java.nio.file.Path;
import java.util.List;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * Exports a selection of hazard areas as a new GeoPackage: a fresh MineLedger workspace (layer
 * {@code hazard_area}) holding copies of them, so any GIS and MineLedger itself can open it.
 * The whole workspace is better copied with {@link Workspace#saveCopy}, which keeps its audit trail.
 */
public final class GpkgExporter {
    private final String trainingBanner;
    private final String sampleId;

    public GpkgExporter(String trainingBanner, String sampleId) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
        this.sampleId = sampleId == null ? "" : sampleId;
    }

    public void write(List<HazardArea> areas, Path file) {
        try (Workspace out = Workspace.create(file)) {
            if (!trainingBanner.isEmpty()) {
                out.markTraining(trainingBanner, sampleId);
            }
            out.addAll(areas.stream().map(a -> a.withId(0)).toList());
        }
    }
}
