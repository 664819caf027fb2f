package org.mineledger.store;

import java.util.Objects;

/**
 * A file (usually a photo) taken at an inspection and kept inside the workspace.
 *
 * @param fileName  the name it had, e.g. {@code sign-S-004.jpg}
 * @param mediaType e.g. {@code image/jpeg}
 * @param data      the bytes
 */
public record InspectionAttachment(String fileName, String mediaType, byte[] data) {
    /** Largest attachment kept in a workspace: 20 MB, so a workspace stays small enough to copy and e-mail. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public InspectionAttachment {
        Objects.requireNonNull(data, "data");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name.");
        }
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.strip();
        if (data.length > MAX_BYTES) {
            throw new IllegalArgumentException(fileName + " is " + data.length / (1024 * 1024)
                    + " MB; attachments may be at most 20 MB. Reduce the photo's size and attach it again.");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
