package org.mineledger.io.kml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;

/**
 * Opens a KMZ (a zip holding {@code doc.kml} and images) without trusting it: entry names that climb out of the
 * archive are refused, the number of entries, the unpacked bytes and each entry's compression ratio are bounded
 * (zip bombs), and nothing is ever written to disk.
 */
final class KmzArchive {
    private final ImportLimits limits;

    KmzArchive(ImportLimits limits) {
        this.limits = limits;
    }

    SourceLayer read(Path file, String name, KmlReader kml) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry main = null;
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (++count > limits.maxArchiveEntries()) {
                    throw new ImportException(name, "", "the archive has more than " + limits.maxArchiveEntries()
                            + " entries, far more than a KMZ needs. It was refused.");
                }
                checkName(name, e.getName());
                String lower = e.getName().toLowerCase(Locale.ROOT);
                // KMZ convention: the main document is doc.kml, otherwise the first .kml in the archive
                if (!e.isDirectory() && lower.endsWith(".kml") && (main == null || lower.equals("doc.kml"))) {
                    main = e;
                }
            }
            if (main == null) {
                throw new ImportException(name, "", "the KMZ holds no .kml file. Open it in Google Earth and save it "
                        + "again as KMZ or KML.");
            }
            String source = name + "!" + main.getName();
            try (InputStream in = new Bounded(zip.getInputStream(main), source, main.getCompressedSize())) {
                return kml.read(in, source, SourceFiles.baseName(file));
            }
        } catch (ZipException e) {
            throw new ImportException(name, "", "the file is not a valid KMZ (zip) archive: " + e.getMessage()
                    + ". It may be cut off; copy it again from the source.", e);
        } catch (IOException e) {
            throw new ImportException(name, "", "the archive cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkName(String archive, String entry) {
        String n = entry.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..") || n.indexOf('\0') >= 0) {
            throw new ImportException(archive, "entry '" + entry + "'", "the archive holds a file name that points "
                    + "outside the archive (path traversal). This KMZ was refused as unsafe.");
        }
    }

    /** Counts unpacked bytes and stops at the total limit or when the ratio to the packed size is too high. */
    private final class Bounded extends FilterInputStream {
        private final String source;
        private final long packed;
        private long unpacked;

        Bounded(InputStream in, String source, long packed) {
            super(in);
            this.source = source;
            this.packed = Math.max(packed, 1);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            unpacked += n;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new ImportException(source, "", String.format("it unpacks to more than %,d bytes, the limit "
                        + "for a KMZ. It may be a zip bomb; it was refused.", limits.maxUnpackedBytes()));
            }
            // a small head start so tiny entries (which compress poorly or very well) are not judged too early
            if (unpacked > 1_048_576 && unpacked / packed > limits.maxCompressionRatio()) {
                throw new ImportException(source, "", "it unpacks to more than " + limits.maxCompressionRatio()
                        + " times its packed size, as zip bombs do. It was refused.");
            }
        }
    }
}
