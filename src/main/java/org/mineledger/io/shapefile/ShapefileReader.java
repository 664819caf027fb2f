package org.mineledger.io.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;
import org.mineledger.io.importer.CrsFit;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceCrs;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;
import org.mineledger.io.importer.WktCrs;

/**
 * Reads an ESRI Shapefile (.shp geometry, .dbf attributes, .prj coordinate system, .cpg encoding) record by
 * record, transforming geometry to WGS84 with proj4j once all records are read and checked to fit the .prj. The .shx index is not needed for reading in order.
 */
public final class ShapefileReader {
    private static final int FILE_CODE = 9994;
    private final ImportLimits limits;
    private final Integer crsOverride;

    /** {@code crsOverride} is an EPSG code to use instead of the .prj (e.g. when it is missing), or null. */
    public ShapefileReader(ImportLimits limits, Integer crsOverride) {
        this.limits = limits;
        this.crsOverride = crsOverride;
    }

    public SourceLayer read(Path shp) {
        String name = SourceFiles.checkReadable(shp, limits);
        Path dbf = sibling(shp, "dbf");
        if (dbf == null) {
            throw new ImportException(name, "", "the attribute file " + SourceFiles.baseName(shp) + ".dbf is missing. "
                    + "A shapefile is several files: copy the .shp, .shx, .dbf, .prj (and .cpg) together.");
        }
        List<String> fileProblems = new ArrayList<>();
        SourceCrs crs = crs(shp, name, fileProblems);
        Charset cpg = encoding(shp, name, fileProblems);
        List<SourceFeature> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(shp), 1 << 16));
             InputStream dbfIn = Files.newInputStream(dbf)) {
            header(in, name);
            DbfReader table = new DbfReader(dbfIn, cpg, String.valueOf(dbf.getFileName()));
            for (int n = 1; ; n++) {
                int recordNumber;
                int words;
                try {
                    recordNumber = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                try {
                    words = in.readInt();
                    if (words < 2 || 2L * words > 44 + 4L * limits.maxVerticesPerFeature() + 40L * limits.maxVerticesPerFeature()) {
                        throw new ImportException(name, "record " + n, "it claims " + 2L * words + " bytes of "
                                + "geometry; the file is damaged.");
                    }
                    byte[] content = new byte[2 * words];
                    in.readFully(content);
                    List<String> problems = new ArrayList<>();
                    Map<String, Object> attributes = n <= table.records() ? table.next(n, problems) : Map.of();
                    if (n > table.records()) {
                        problems.add("record " + n + " has no row in the .dbf, which has only " + table.records()
                                + "; the files do not belong together.");
                    }
                    out.add(feature(n, recordNumber, content, attributes, problems));
                } catch (EOFException cut) {
                    fileProblems.add(name + " ends in the middle of record " + n + "; the file is cut off. Only "
                            + (n - 1) + " records were read. Copy the file again from its source.");
                    break;
                }
                if (out.size() > limits.maxFeatures()) {
                    throw new ImportException(name, "record " + n, "more than " + limits.maxFeatures()
                            + " records. Split the file.");
                }
            }
            if (out.size() < table.records()) {
                fileProblems.add("the .dbf has " + table.records() + " rows but " + name + " only " + out.size()
                        + " shapes; the files do not belong together or one is cut off.");
            }
        } catch (EOFException e) {
            throw new ImportException(name, "", e.getMessage() != null ? e.getMessage()
                    : "the .shp or .dbf is cut off or damaged. Copy all files of the shapefile again.", e);
        } catch (IOException e) {
            throw new ImportException(name, "", "the shapefile cannot be read: " + e.getMessage(), e);
        }
        if (crs != null) {
            String declaredBy = crsOverride != null ? "--crs EPSG:" + crsOverride : SourceFiles.baseName(shp) + ".prj";
            out = new CrsFit(crs, declaredBy).toWgs84(out, fileProblems);
        }
        return new SourceLayer(name, SourceFiles.baseName(shp), out, fileProblems);
    }

    private SourceFeature feature(int n, int recordNumber, byte[] content, Map<String, Object> attributes,
            List<String> problems) {
        String where = "record " + n;
        Geometry g = null;
        try {
            g = ShpGeometry.decode(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN),
                    limits.maxVerticesPerFeature());
            if (g == null) {
                problems.add("the record has no geometry (Null shape).");
            }
        } catch (ShpGeometry.Fault f) {
            problems.add(f.getMessage());
            g = null;
        }
        if (recordNumber != n) {
            problems.add("the record is numbered " + recordNumber + " but is the " + n + ". in the file.");
        }
        return new SourceFeature(n, String.valueOf(n), where, g, attributes, problems);
    }

    private static void header(DataInputStream in, String name) throws IOException {
        byte[] h = new byte[100];
        try {
            in.readFully(h);
        } catch (EOFException e) {
            throw new ImportException(name, "", "the file is shorter than a shapefile header (100 bytes); it is cut "
                    + "off or not a shapefile.");
        }
        ByteBuffer b = ByteBuffer.wrap(h);
        if (b.getInt(0) != FILE_CODE) {
            throw new ImportException(name, "", "this is not an ESRI shapefile (file code " + b.getInt(0)
                    + ", expected 9994).");
        }
    }

    private SourceCrs crs(Path shp, String name, List<String> fileProblems) {
        try {
            if (crsOverride != null) {
                return SourceCrs.epsg(crsOverride);
            }
            Path prj = sibling(shp, "prj");
            if (prj == null) {
                fileProblems.add("the coordinate system file " + SourceFiles.baseName(shp) + ".prj is missing, so "
                        + "MineLedger cannot know where these shapes are. Copy the .prj from the source, or state "
                        + "the system (e.g. --crs EPSG:32636).");
                return null;
            }
            String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1);
            OptionalInt epsg = WktCrs.epsg(wkt);
            if (epsg.isEmpty()) {
                fileProblems.add("the coordinate system in " + prj.getFileName() + " is not recognised ("
                        + wkt.substring(0, Math.min(80, wkt.length())).strip() + "…). State it with --crs EPSG:nnnn.");
                return null;
            }
            return SourceCrs.epsg(epsg.getAsInt());
        } catch (IllegalArgumentException e) {
            fileProblems.add(name + ": " + e.getMessage() + ". State it with --crs EPSG:nnnn.");
            return null;
        } catch (IOException e) {
            fileProblems.add("the .prj beside " + name + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Charset encoding(Path shp, String name, List<String> fileProblems) {
        Path cpg = sibling(shp, "cpg");
        if (cpg == null) {
            return null;
        }
        try {
            return ShapefileEncoding.fromCpg(Files.readString(cpg, StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            fileProblems.add(cpg.getFileName() + ": " + e.getMessage());
            return null;
        } catch (IOException e) {
            fileProblems.add(cpg.getFileName() + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** The file beside {@code shp} with extension {@code ext} in either case, or null. */
    private static Path sibling(Path shp, String ext) {
        String base = SourceFiles.baseName(shp);
        for (String e : List.of(ext, ext.toUpperCase(java.util.Locale.ROOT))) {
            Path p = shp.resolveSibling(base + "." + e);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
