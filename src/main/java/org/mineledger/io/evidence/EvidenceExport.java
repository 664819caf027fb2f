package org.mineledger.io.evidence;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.io.export.ExportTarget;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;

/** Export of survey evidence: the formats it goes to (GPX and GeoJSON), the choice by hazard area, the writing. */
public final class EvidenceExport {
    /** The formats survey evidence is exported to; points and lines have no place in the polygon formats. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.GPX, ExportFormat.GEOJSON);

    private EvidenceExport() {
    }

    /** The evidence tied to one of {@code areas}; evidence tied to no area is in none. */
    public static List<SurveyEvidence> ofAreas(List<SurveyEvidence> evidence, Collection<HazardReference> areas) {
        return evidence.stream().filter(e -> e.hazard() != null && areas.contains(e.hazard())).toList();
    }

    /**
     * Writes {@code evidence} to {@code file} in {@code format} (one of {@link #FORMATS}); {@code progress} gets the
     * count written so far and may throw {@link java.util.concurrent.CancellationException} to stop.
     */
    public static void write(ExportFormat format, List<SurveyEvidence> evidence, Path file, String banner,
            IntConsumer progress) {
        ExportTarget.check(file);
        switch (format) {
            case GPX -> new EvidenceGpxWriter(banner).write(evidence, file, progress);
            case GEOJSON -> new EvidenceGeoJsonWriter(banner).write(evidence, file, progress);
            default -> throw new IllegalArgumentException("Survey evidence is exported as gpx or geojson, not "
                    + format.extension() + ".");
        }
    }
}
