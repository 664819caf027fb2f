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
 * content fields exactly as Jackson's ObjectMapper writes a list of them, the previous entry's hash last. So all
 * but the end of an entry's hash can be worked out before the previous entry is known ({@link #prepare}): a bulk
 * import hashes its entries beside the inserts that precede them, and only chains them at the end.
 */
final class AuditHasher {
    private static final HexFormat HEX = HexFormat.of();
    /** Thread-safe, and costly enough to make that one serves every hasher. */
    private static final JsonFactory JSON = new JsonFactory();

    private AuditHasher() {
    }

    /** The hash of the entry with this content. */
    static String hash(long seq, String time, String user, String action, String entity, long entityId,
            String beforeJson, String afterJson, String prevHash) {
        return prepare(seq, time, user, action, entity, entityId, beforeJson, afterJson).finish(prevHash);
    }

    /** An entry with its content hashed, waiting for the hash of the entry before it. */
    static Prepared prepare(long seq, String time, String user, String action, String entity, long entityId,
            String beforeJson, String afterJson) {
        return new Prepared(seq, time, user, action, entity, entityId, beforeJson, afterJson);
    }

    /** An entry whose canonical form is hashed up to the previous entry's hash. Not thread-safe. */
    static final class Prepared {
        final long seq;
        final String time;
        final String user;
        final String action;
        final String entity;
        final long entityId;
        final String beforeJson;
        final String afterJson;
        private final StringWriter text = new StringWriter(256);
        private final JsonGenerator generator;
        private final MessageDigest sha256;

        private Prepared(long seq, String time, String user, String action, String entity, long entityId,
                String beforeJson, String afterJson) {
            this.seq = seq;
            this.time = time;
            this.user = user;
            this.action = action;
            this.entity = entity;
            this.entityId = entityId;
            this.beforeJson = beforeJson;
            this.afterJson = afterJson;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
                generator = JSON.createGenerator(text);
                generator.setRootValueSeparator(null);
                // room for the whole form up front: an import's entry is over 100 kB of JSON
                text.getBuffer().ensureCapacity(256 + length(time) + length(user) + length(beforeJson)
                        + length(afterJson) * 11 / 10);
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
                take();
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot compute an audit hash", e);
            }
        }

        /** The entry's hash, given the previous entry's; once only. */
        String finish(String prevHash) {
            try {
                string(prevHash);
                generator.writeEndArray();
                take();
                generator.close();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot compute an audit hash", e);
            }
            return HEX.formatHex(sha256.digest());
        }

        /** Hashes what the generator wrote so far (it stops between values, never inside a text). */
        private void take() throws IOException {
            generator.flush();
            StringBuffer b = text.getBuffer();
            sha256.update(b.toString().getBytes(StandardCharsets.UTF_8));
            b.setLength(0);
        }

        private void string(String s) throws IOException {
            if (s == null) {
                generator.writeNull();
            } else {
                generator.writeString(s);
            }
        }

        private static int length(String s) {
            return s == null ? 4 : s.length();
        }
    }
}
