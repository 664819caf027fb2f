package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The row digest as the README defines it, worked out here the plain way, byte array by byte array. */
class RowDigestTest {
    private static String expected(byte[] geom, String... texts) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String t : texts) {
            field(all, t == null ? null : t.getBytes(StandardCharsets.UTF_8));
        }
        field(all, geom);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }

    @Test
    void digestsEveryKindOfTextAsItsUtf8Bytes() throws Exception {
        byte[] geom = {'G', 'P', 0, 3, 1, 2, 3, 4, 5};
        String[][] rows = {
            {"HA-0001", "Training area 1", "SUSPECTED", "ACTIVE", "TRAINING - FICTIONAL DATA", "2026-11-27T18:00:00.000Z",
                "2026-11-27T18:00:00.000Z"},
            {"HA-0002", "Ле́бедин — Лука́ш 🚩", "CONFIRMED", "ACTIVE", "", "2026-11-27T18:00:00.000Z",
                "2026-11-27T18:00:00.000Z"},
            {"HA-0003", "é", "LAID", "CLEARED", null, "t", "t"},
            {"HA-0004", "x".repeat(511), "y".repeat(512), "z".repeat(513), "a".repeat(5000) + "ß", "\u0000\u007f",
                "lone \uD83D surrogate"},
        };
        RowDigest digest = new RowDigest();
        for (String[] texts : rows) {
            // one digest for row after row, as an import uses it
            assertThat(digest.of(geom, texts)).isEqualTo(expected(geom, texts));
        }
        assertThat(digest.of(null, rows[0])).isEqualTo(expected(null, rows[0]));
    }
}
