package org.mineledger.io.importer;

/**
 * Bounds that keep a hostile or huge file from exhausting memory or time.
 *
 * @param maxFileBytes         largest file read; bigger files are refused with a message
 * @param maxFeatures          most features taken from one file
 * @param maxArchiveEntries    most entries in a KMZ archive
 * @param maxUnpackedBytes     most bytes unpacked from a KMZ archive in all
 * @param maxCompressionRatio  largest unpacked/packed size ratio of one KMZ entry (zip bomb guard)
 * @param maxVerticesPerFeature most vertices in one feature
 */
public record ImportLimits(long maxFileBytes, int maxFeatures, int maxArchiveEntries, long maxUnpackedBytes,
        int maxCompressionRatio, int maxVerticesPerFeature) {

    /**
     * Defaults: 1 GiB files, 1,000,000 features, 10,000 archive entries, 256 MiB unpacked, ratio 100
     * (ordinary KML compresses 5-20 times), 1,000,000 vertices.
     */
    public static final ImportLimits DEFAULT =
            new ImportLimits(1L << 30, 1_000_000, 10_000, 256L << 20, 100, 1_000_000);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxFeatures <= 0 || maxArchiveEntries <= 0 || maxUnpackedBytes <= 0
                || maxCompressionRatio <= 1 || maxVerticesPerFeature < 4) {
            throw new IllegalArgumentException("Import limits must be positive.");
        }
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxFeatures, maxArchiveEntries, maxUnpackedBytes, maxCompressionRatio,
                maxVerticesPerFeature);
    }

    public ImportLimits withMaxUnpackedBytes(long bytes) {
        return new ImportLimits(maxFileBytes, maxFeatures, maxArchiveEntries, bytes, maxCompressionRatio,
                maxVerticesPerFeature);
    }
}
