package org.mineledger.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.io.WKTWriter;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as UTF-8 CSV, one row per area, the boundary as WKT in WGS84 longitude/latitude in a
 * column named {@code WKT} (which GDAL and QGIS read as the geometry), with the area's fields beside it.
 */
public final class CsvWriter {
    private static final String HEADER = "reference,name,kind,status,notes,created_at,updated_at,WKT";

    public void write(List<HazardArea> areas, Path file) {
        WKTWriter wkt = new WKTWriter(2);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (HazardArea a : areas) {
                w.write(String.join(",", quote(a.reference().value()), quote(a.name()), a.kind().code(),
                        a.status().name(), quote(a.notes()), a.createdAt().toString(), a.updatedAt().toString(),
                        quote(wkt.write(a.polygon()))));
                w.write("\r\n");
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
