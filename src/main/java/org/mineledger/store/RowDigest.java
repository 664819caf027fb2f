package org.mineledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (hex) of a stored hazard-area row, which an import's audit entry records for every area it
 * created, so that {@code check} can prove each is still as imported without the trail repeating every polygon.
 * Defined on the bytes as stored, so any tool can recompute it: for each of {@code reference, name, kind,
 * status, notes, created_at, updated_at} (UTF-8 text) and then {@code geom} (the GeoPackage blob), a 4-byte
 * big-endian length followed by the bytes ({@code 0xFFFFFFFF} and no bytes for NULL). Not thread-safe.
 */
final class RowDigest {
    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest sha256;
    private final byte[] length = new byte[4];
    private final byte[] ascii = new byte[512];

    RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    String of(HazardAreaTable.Row row) {
        return of(row.geom(), row.texts());
    }

    String of(byte[] geom, String... texts) {
        for (String t : texts) {
            text(t);
        }
        field(geom, geom == null ? -1 : geom.length);
        return HEX.formatHex(sha256.digest());
    }

    /** A text's UTF-8 bytes; those of a short ASCII text (the usual) without making an array for them. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, which is checked
    private void text(String t) {
        if (t == null) {
            field(null, -1);
            return;
        }
        int n = t.length();
        boolean plain = n <= ascii.length;
        for (int i = 0; plain && i < n; i++) {
            plain = t.charAt(i) < 0x80;
        }
        if (plain) {
            t.getBytes(0, n, ascii, 0);
            field(ascii, n);
        } else {
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            field(utf8, utf8.length);
        }
    }

    /** {@code n} bytes of {@code bytes} as one field: their length, then them; -1 and nothing for NULL. */
    private void field(byte[] bytes, int n) {
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        sha256.update(length);
        if (bytes != null) {
            sha256.update(bytes, 0, n);
        }
    }
}
