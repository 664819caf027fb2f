package org.mineledger.io.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dBASE III attribute table of a shapefile record by record. Text is decoded strictly in the
 * shapefile's encoding; text that is not valid in it is reported, then read with replacement characters.
 */
final class DbfReader implements AutoCloseable {
    record Field(String name, char type, int length) {
    }

    private final DataInputStream in;
    private final Charset charset;
    /** Whether the charset is the one a .cpg file names, rather than the header's guess. */
    private final boolean fromCpg;
    private final List<Field> fields = new ArrayList<>();
    private final int records;
    private final int recordLength;
    private final String file;

    /** {@code cpg} is the encoding from the .cpg file, or null to take it from the header's language driver. */
    DbfReader(InputStream raw, Charset cpg, String file) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        this.file = file;
        byte[] head = new byte[32];
        try {
            in.readFully(head);
        } catch (EOFException e) {
            throw new EOFException(file + " is shorter than a dBASE header; the file is cut off.");
        }
        this.charset = cpg != null ? cpg : ShapefileEncoding.fromLanguageDriver(Byte.toUnsignedInt(head[29]));
        this.fromCpg = cpg != null;
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        records = h.getInt(4);
        int headerLength = Short.toUnsignedInt(h.getShort(8));
        recordLength = Short.toUnsignedInt(h.getShort(10));
        int n = (headerLength - 33) / 32;
        if (records < 0 || headerLength < 33 || recordLength < 1 || n < 0 || n > 2046) {
            throw new IOException(file + " has a damaged header (" + records + " records, header " + headerLength
                    + " bytes).");
        }
        int sum = 1;
        for (int i = 0; i < n; i++) {
            byte[] d = new byte[32];
            in.readFully(d);
            if (d[0] == 0x0D) {
                break;
            }
            int end = 0;
            while (end < 11 && d[end] != 0) {
                end++;
            }
            String name = new String(d, 0, end, StandardCharsets.ISO_8859_1).strip();
            Field f = new Field(name, (char) d[11], Byte.toUnsignedInt(d[16]));
            fields.add(f);
            sum += f.length();
        }
        if (sum != recordLength) {
            throw new IOException(file + " has fields of " + sum + " bytes but records of " + recordLength
                    + " bytes; the file is damaged.");
        }
        in.skipNBytes(headerLength - 32 - 32L * fields.size());
    }

    Charset charset() {
        return charset;
    }

    int records() {
        return records;
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }

    /** The next record's attributes; problems (bad text, bad numbers) are added to {@code problems}. */
    Map<String, Object> next(int number, List<String> problems) throws IOException {
        byte[] r = new byte[recordLength];
        try {
            in.readFully(r);
        } catch (EOFException e) {
            throw new EOFException(file + " ends before record " + number + " of " + records
                    + "; the file is cut off. Copy it again from the source.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int at = 1;
        for (Field f : fields) {
            out.put(f.name(), value(f, r, at, number, problems));
            at += f.length();
        }
        return out;
    }

    private Object value(Field f, byte[] r, int at, int number, List<String> problems) {
        String raw;
        if (f.type() == 'C' || f.type() == 'M') {
            raw = decode(r, at, f.length(), f.name(), number, problems).strip();
            return raw;
        }
        raw = new String(r, at, f.length(), StandardCharsets.ISO_8859_1).strip();
        if (raw.isEmpty() || raw.chars().allMatch(c -> c == '*')) {
            return null;
        }
        try {
            switch (f.type()) {
                case 'N', 'F':
                    return raw.contains(".") || raw.contains("e") || raw.contains("E") ? (Object) Double.valueOf(raw)
                            : (Object) Long.valueOf(raw);
                case 'L':
                    return "YyTt".indexOf(raw.charAt(0)) >= 0 ? Boolean.TRUE
                            : "NnFf".indexOf(raw.charAt(0)) >= 0 ? Boolean.FALSE : null;
                case 'D':
                    return raw.length() == 8 ? raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6)
                            : raw;
                default:
                    return raw;
            }
        } catch (NumberFormatException e) {
            problems.add("field '" + f.name() + "' of record " + number + " holds '" + raw + "', not a number.");
            return null;
        }
    }

    private String decode(byte[] r, int at, int length, String field, int number, List<String> problems) {
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer c = strict.decode(ByteBuffer.wrap(r, at, length));
            return c.toString();
        } catch (CharacterCodingException e) {
            problems.add("field '" + field + "' of record " + number + " is not valid " + charset.name()
                    + " text; " + (fromCpg ? "the .cpg file names " + charset.name() + " but the text is in "
                    + "another encoding. Write the encoding the text really uses in the .cpg (e.g. 1252 or "
                    + "8859_1 for Latin-1, 1251, 1257), or export the shapefile again as UTF-8."
                    : "the shapefile's encoding is wrong or missing. Add a .cpg file naming the encoding "
                    + "(e.g. UTF-8, 1251 or 1257) beside the .shp."));
            return new String(r, at, length, charset);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
