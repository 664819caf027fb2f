package org.mineledger.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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
        private final JsonGenerator generator;
        private final MessageDigest sha256;
        private final DigestWriter text;

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
                text = new DigestWriter(sha256);
                generator = JSON.createGenerator(text);
                generator.setRootValueSeparator(null);
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
            text.drain();
        }

        private void string(String s) throws IOException {
            if (s == null) {
                generator.writeNull();
            } else {
                generator.writeString(s);
            }
        }
    }

    /**
     * Feeds text to a SHA-256 as the bytes {@code String.getBytes(UTF_8)} gives (a lone surrogate becomes
     * {@code ?}), through one small buffer: an import's entries are over 100 kB each, and copying them twice
     * more to hash them was a tenth of what an import allocates.
     */
    private static final class DigestWriter extends Writer {
        private final MessageDigest sha256;
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        /** Characters written and not yet encoded; a high surrogate stays here until its low one comes. */
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192);

        DigestWriter(MessageDigest sha256) {
            this.sha256 = sha256;
        }

        @Override
        public void write(char[] c, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, chars.remaining());
                chars.put(c, off, n);
                off += n;
                len -= n;
                if (!chars.hasRemaining()) {
                    encode(false);
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, chars.remaining());
                s.getChars(off, off + n, chars.array(), chars.arrayOffset() + chars.position());
                chars.position(chars.position() + n);
                off += n;
                len -= n;
                if (!chars.hasRemaining()) {
                    encode(false);
                }
            }
        }

        /** Hashes every character written so far, a trailing lone surrogate as {@code ?}. */
        void drain() {
            encode(true);
            utf8.flush(bytes);
            update();
            utf8.reset();
        }

        private void encode(boolean end) {
            chars.flip();
            while (utf8.encode(chars, bytes, end).isOverflow()) {
                update();
            }
            update();
            chars.compact();
        }

        private void update() {
            bytes.flip();
            sha256.update(bytes);
            bytes.clear();
        }

        @Override
        public void flush() {
            // hashed as it is written
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
