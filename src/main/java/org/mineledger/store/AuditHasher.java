package org.mineledger.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry ({@link AuditLog#hash}): SHA-256 hex over its canonical form, the JSON array of its
 * content fields exactly as Jackson's ObjectMapper writes a list of them. One hasher reuses its JSON generator,
 * buffer and SHA-256 instance for entry after entry, as bulk imports need. Not thread-safe.
 */
final class AuditHasher implements AutoCloseable {
    private static final HexFormat HEX = HexFormat.of();
    /** Thread-safe, and costly enough to make that one serves every hasher. */
    private static final JsonFactory JSON = new JsonFactory();
    private final StringWriter text = new StringWriter(2048);
    private final JsonGenerator generator;
    private final MessageDigest sha256;

    AuditHasher() {
        try {
            generator = JSON.createGenerator(text);
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute audit hashes", e);
        }
        generator.setRootValueSeparator(null);
    }

    private static int length(String s) {
        return s == null ? 4 : s.length();
    }

    /** The hash of the entry with this content. */
    String hash(long seq, String time, String user, String action, String entity, long entityId,
            String beforeJson, String afterJson, String prevHash) {
        try {
            // room for the whole canonical form up front: an import's entry is over 100 kB of JSON
            text.getBuffer().ensureCapacity(256 + length(time) + length(user) + length(beforeJson)
                    + length(afterJson) * 11 / 10 + length(prevHash));
            // the JSON array AuditLog.hash has an ObjectMapper write, written here field by field
            generator.writeStartArray();
            generator.writeNumber(seq);
            string(time);
            string(user);
            string(action);
            string(entity);
            generator.writeNumber(entityId);
            string(beforeJson);
            string(afterJson);
            string(prevHash);
            generator.writeEndArray();
            generator.flush();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot compute an audit hash", e);
        }
        StringBuffer b = text.getBuffer();
        byte[] canonical = b.toString().getBytes(StandardCharsets.UTF_8);
        b.setLength(0);
        return HEX.formatHex(sha256.digest(canonical));
    }

    private void string(String s) throws IOException {
        if (s == null) {
            generator.writeNull();
        } else {
            generator.writeString(s);
        }
    }

    @Override
    public void close() {
        try {
            generator.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot finish computing audit hashes", e);
        }
    }
}
