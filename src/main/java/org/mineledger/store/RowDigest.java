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
            field(t == null ? null : t.getBytes(StandardCharsets.UTF_8));
        }
        field(geom);
        return HEX.formatHex(sha256.digest());
    }

    private void field(byte[] bytes) {
        int n = bytes == null ? -1 : bytes.length;
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        sha256.update(length);
        if (bytes != null) {
            sha256.update(bytes);
        }
    }
}
