package org.mineledger.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import javafx.concurrent.Task;
import org.mineledger.io.evidence.EvidenceExport;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.ui.Messages;

/**
 * Writes hazard areas or survey evidence to a file in the background with progress; cancelled or failed, it deletes what it had
 * written (for a shapefile, every file beside the .shp), so no half file is left for someone to trust.
 */
public final class ExportJob extends Task<Integer> {
    private static final List<String> SHAPEFILE_PARTS = List.of(".shp", ".shx", ".dbf", ".prj", ".cpg", ".README.txt");
    private final ExportFormat format;
    private final int count;
    private final Path file;
    private final Writing writing;

    /** What the job writes, telling the progress consumer how many features are written so far. */
    private interface Writing {
        void write(IntConsumer progress);
    }

    private ExportJob(ExportFormat format, int count, Path file, Writing writing) {
        this.format = format;
        this.count = count;
        this.file = file;
        this.writing = writing;
    }

    /** {@code areas} must not change while the job runs (pass a copy of a list the table may change). */
    public ExportJob(ExportFormat format, List<HazardArea> areas, Path file, String banner, String sampleId) {
        this(format, areas.size(), file, p -> format.write(areas, file, banner, sampleId, p));
    }

    /** Writes survey evidence (points and lines) as GPX or GeoJSON; {@code evidence} must not change meanwhile. */
    public static ExportJob evidence(ExportFormat format, List<SurveyEvidence> evidence, Path file, String banner) {
        return new ExportJob(format, evidence.size(), file,
                p -> EvidenceExport.write(format, evidence, file, banner, p));
    }

    /** The file written, for messages. */
    public Path fileName() {
        return file;
    }

    @Override
    protected Integer call() {
        updateProgress(0, count);
        try {
            writing.write(n -> {
                if (isCancelled()) {
                    throw new CancellationException(Messages.get("export.cancelled"));
                }
                updateProgress(n, count);
            });
        } catch (RuntimeException e) {
            deleteWritten();
            throw e;
        }
        return count;
    }

    @Override
    protected void cancelled() {
        deleteWritten();
    }

    private void deleteWritten() {
        String name = file.getFileName().toString();
        List<Path> written = List.of(file, file.resolveSibling(name + "-journal"), file.resolveSibling(name + "-wal"));
        if (format == ExportFormat.SHAPEFILE) {
            String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".shp")
                    ? name.substring(0, name.length() - 4) : name;
            written = SHAPEFILE_PARTS.stream().map(ext -> file.resolveSibling(base + ext)).toList();
        }
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a file that cannot be deleted stays; the dialog says the export was cancelled
            }
        }
    }
}
