package org.mineledger.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.io.DataFileException;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.Sign;

/**
 * Writes a marking plan's sign table as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes, quotes doubled), coordinates in the chosen system, plus WGS84 decimal
 * degrees so any GPS can use the file.
 */
public final class SignTableCsvWriter {
    private static final String CRLF = "\r\n";
    private final CoordinateFormatter formatter;
    private final String trainingBanner;

    public SignTableCsvWriter(CoordinateFormatter formatter, String trainingBanner) {
        this.formatter = formatter;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
    }

    public void write(MarkingPlan plan, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(plan, w);
        } catch (IOException e) {
            throw new DataFileException("Cannot write the CSV file " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and you may write to it.", e);
        }
    }

    public void write(MarkingPlan plan, Writer w) throws IOException {
        String system = formatter.system().id();
        row(w, List.of("sign", "reason", "position (" + system + ")", "latitude", "longitude",
                "facing_deg_true", "chainage_m", "note"));
        for (Sign s : plan.signs()) {
            row(w, List.of(s.number(), s.reason().label(), formatter.format(s.position()),
                    String.format(Locale.ROOT, "%.8f", s.position().lat()),
                    String.format(Locale.ROOT, "%.8f", s.position().lon()),
                    s.facing().degreesText(1),
                    String.format(Locale.ROOT, "%.2f", s.chainage().metres()), trainingBanner));
        }
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(fields.get(i)));
        }
        w.write(CRLF);
    }

    /** RFC 4180 section 2: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
