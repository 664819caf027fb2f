package org.mineledger.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.io.WKTWriter;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as UTF-8 CSV, one row per area, the boundary as WKT in WGS84 longitude/latitude in a
 * column named {@code WKT} (which GDAL and QGIS read as the geometry), with the area's fields beside it.
 */
public final class CsvWriter {
    private static final String HEADER = "reference,name,kind,status,notes,created_at,updated_at,WKT";
    private final String trainingBanner;

    /** A writer for real data: no training column. */
    public CsvWriter() {
        this("");
    }

    /**
     * A writer that, for training data, adds a last column {@code training} holding {@code trainingBanner} in
     * every row: a column survives spreadsheets, GDAL and QGIS, where a comment line would break the header.
     */
    public CsvWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<HazardArea> areas, Path file) {
        write(areas, file, n -> { });
    }

    /** Writes {@code areas}; {@code progress} gets the count written so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path file, IntConsumer progress) {
        WKTWriter wkt = new WKTWriter(2);
        String training = trainingBanner.isEmpty() ? "" : "," + quote(trainingBanner);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + (trainingBanner.isEmpty() ? "" : ",training"));
            w.write("\r\n");
            int done = 0;
            for (HazardArea a : areas) {
                w.write(String.join(",", quote(a.reference().value()), quote(a.name()), a.kind().code(),
                        a.status().name(), quote(a.notes()), a.createdAt().toString(), a.updatedAt().toString(),
                        quote(wkt.write(a.polygon()))) + training);
                w.write("\r\n");
                progress.accept(++done);
            }
        } catch (IOException e) {
            throw new ExportException(file + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String quote(String s) {
        String t = s.isEmpty() || "=+-@".indexOf(s.charAt(0)) < 0 ? s : "'" + s;
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }
}
