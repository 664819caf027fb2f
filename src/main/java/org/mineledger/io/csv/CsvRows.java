package org.mineledger.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows. */
final class CsvRows {
    private final Reader in;
    private final char delimiter;
    private final int maxFieldChars;
    private int line = 1;
    private int rowLine;

    CsvRows(Reader in, char delimiter, int maxFieldChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
    }

    /** Line number where the last row returned by {@link #next} starts. */
    int rowLine() {
        return rowLine;
    }

    /** The next row's fields, or null at the end. */
    List<String> next() throws IOException {
        rowLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) >= 0) {
            any = true;
            if (f.length() > maxFieldChars) {
                throw new IOException("line " + line + ": a field is longer than " + maxFieldChars
                        + " characters; is a quote left open?");
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append((char) c);
                }
            } else if (c == '"' && f.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                line++;
                break;
            } else if (c != '\r') {
                f.append((char) c);
            }
        }
        if (quoted) {
            throw new IOException("line " + rowLine + ": a quoted field is never closed; the file is cut off or a "
                    + "quote is missing.");
        }
        if (!any) {
            return null;
        }
        fields.add(f.toString());
        return fields;
    }
}
