package org.mineledger.io.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** The text encoding of a shapefile's .dbf: from its .cpg file, else from the dBASE language driver byte. */
final class ShapefileEncoding {
    private ShapefileEncoding() {
    }

    /** The charset named in a .cpg file, e.g. {@code UTF-8}, {@code 1252}, {@code CP1251}, {@code 8859_1}. */
    static Charset fromCpg(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.matches("\\d{3,4}")) {
            t = t.startsWith("125") ? "windows-" + t : t.equals("65001") ? "UTF-8" : "IBM" + t;
        } else if (t.matches("8859_\\d+")) {
            t = "ISO-" + t.replace('_', '-');
        } else if (t.matches("CP\\d+")) {
            t = t.startsWith("CP125") ? "windows-" + t.substring(2) : t;
        }
        try {
            return Charset.forName(t);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("the .cpg file names the encoding '" + text.strip()
                    + "', which is not known. Write UTF-8, 1252, 1251 or 1257 in it.", e);
        }
    }

    /** The charset of a dBASE language driver id (ArcGIS table), or ISO-8859-1 when it gives none. */
    static Charset fromLanguageDriver(int ldid) {
        return switch (ldid) {
            case 0x01, 0x09, 0x0A, 0x0B, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
                    0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x25, 0x37 -> Charset.forName("IBM437");
            case 0x02, 0x64 -> Charset.forName("IBM852");
            case 0x26, 0x65 -> Charset.forName("IBM866");
            case 0x03, 0x57, 0x58, 0x59 -> Charset.forName("windows-1252");
            case 0xC8 -> Charset.forName("windows-1250");
            case 0xC9 -> Charset.forName("windows-1251");
            case 0xCA -> Charset.forName("windows-1254");
            case 0xCB -> Charset.forName("windows-1253");
            case 0xCC -> Charset.forName("windows-1257");
            default -> StandardCharsets.ISO_8859_1;
        };
    }
}
