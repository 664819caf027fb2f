package org.mineledger.io.gpkg;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decodes the UTF-8 values of one text column of a layer being imported, the few short values that repeat from
 * row to row (a kind, a status, a note) decoded once: a 50,000-row layer then makes three strings for its kinds,
 * not 50,000. Read as bytes (one array per value) rather than through the driver's strings (four objects per
 * value), which is most of what reading a large layer allocates. Not thread-safe: one per column and reader.
 */
final class TextColumn {
    /** Values remembered; a column with more different short values keeps the first ones. */
    private static final int REMEMBERED = 16;
    /** Longer values (names, long notes) are seldom repeated and are decoded every time. */
    private static final int SHORT = 40;
    private final byte[][] bytes = new byte[REMEMBERED][];
    private final String[] texts = new String[REMEMBERED];
    private int count;

    /**
     * Whether a column declared {@code type} holds only text (or NULL, or BLOB) values: SQLite's TEXT affinity
     * (a type naming CHAR, CLOB or TEXT and not INT), which turns any number stored in it into text.
     */
    static boolean holdsText(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return !t.contains("INT") && (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"));
    }

    /** The text of {@code utf8}, or null for null; malformed UTF-8 becomes U+FFFD, as the driver's strings do. */
    String decode(byte[] utf8) {
        if (utf8 == null) {
            return null;
        }
        if (utf8.length > SHORT) {
            return new String(utf8, StandardCharsets.UTF_8);
        }
        for (int i = 0; i < count; i++) {
            if (Arrays.equals(bytes[i], utf8)) {
                return texts[i];
            }
        }
        String text = new String(utf8, StandardCharsets.UTF_8);
        if (count < REMEMBERED) {
            bytes[count] = utf8;
            texts[count++] = text;
        }
        return text;
    }
}
