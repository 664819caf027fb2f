package org.mineledger.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as an ESRI Shapefile (Technical Description, July 1998): .shp polygons (outer rings
 * clockwise, holes counter-clockwise), .shx index, .dbf attributes in UTF-8 (named in .cpg) and a WGS84 .prj.
 */
public final class ShapefileWriter {
    /** ESRI WKT of GCS_WGS_1984, as ArcGIS and GDAL write it. */
    static final String PRJ_WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final String[][] FIELDS = {{"REFERENCE", "12"}, {"NAME", "254"}, {"KIND", "4"},
        {"STATUS", "12"}, {"NOTES", "254"}, {"CREATED", "24"}, {"UPDATED", "24"}};
    /** The extra attribute of training data; an attribute is kept by every GIS that copies the layer. */
    private static final String[] TRAINING_FIELD = {"TRAINING", "40"};
    private final String trainingBanner;

    /** A writer for real data: no training attribute. */
    public ShapefileWriter() {
        this("");
    }

    /**
     * A writer that, for training data, adds the attribute {@code TRAINING} holding {@code trainingBanner} to
     * every feature and writes a README.txt beside the files saying the data are fictional.
     */
    public ShapefileWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    /** Writes {@code base}.shp/.shx/.dbf/.prj/.cpg, {@code shp} being the .shp path. */
    public void write(List<HazardArea> areas, Path shp) {
        write(areas, shp, n -> { });
    }

    /** Writes the files; {@code progress} gets the count of areas encoded so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path shp, IntConsumer progress) {
        String name = String.valueOf(shp.getFileName());
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".shp") ? name.substring(0, name.length() - 4)
                : name;
        try {
            List<byte[]> records = new ArrayList<>();
            Envelope all = new Envelope();
            for (HazardArea a : areas) {
                records.add(record(a.polygon()));
                all.expandToInclude(a.polygon().getEnvelopeInternal());
                progress.accept(records.size());
            }
            int shpLength = 100;
            for (byte[] r : records) {
                shpLength += 8 + r.length;
            }
            try (OutputStream shpOut = Files.newOutputStream(shp.resolveSibling(base + ".shp"));
                 OutputStream shxOut = Files.newOutputStream(shp.resolveSibling(base + ".shx"))) {
                shpOut.write(header(shpLength, all));
                shxOut.write(header(100 + 8 * records.size(), all));
                int offset = 100;
                for (int i = 0; i < records.size(); i++) {
                    byte[] r = records.get(i);
                    ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                    h.putInt(i + 1).putInt(r.length / 2);
                    shpOut.write(h.array());
                    shpOut.write(r);
                    ByteBuffer x = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                    x.putInt(offset / 2).putInt(r.length / 2);
                    shxOut.write(x.array());
                    offset += 8 + r.length;
                }
            }
            Files.write(shp.resolveSibling(base + ".dbf"), dbf(areas));
            Files.writeString(shp.resolveSibling(base + ".prj"), PRJ_WGS84, StandardCharsets.US_ASCII);
            Files.writeString(shp.resolveSibling(base + ".cpg"), "UTF-8", StandardCharsets.US_ASCII);
            if (!trainingBanner.isEmpty()) {
                Files.writeString(shp.resolveSibling(base + ".README.txt"), trainingBanner + "\r\n\r\n"
                        + base + ".shp holds fictional hazard areas from a MineLedger training workspace. Never "
                        + "use them for clearance, marking or any decision about real land.\r\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ExportException(shp + " cannot be written: " + e.getMessage()
                    + ". Check the folder exists and you may write to it.", e);
        }
    }

    private static byte[] header(int lengthBytes, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        b.putInt(lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5);
        boolean empty = e.isNull();
        b.putDouble(empty ? 0 : e.getMinX()).putDouble(empty ? 0 : e.getMinY());
        b.putDouble(empty ? 0 : e.getMaxX()).putDouble(empty ? 0 : e.getMaxY());
        return b.array();
    }

    private static byte[] record(Polygon p) {
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(oriented(p.getExteriorRing().getCoordinates(), false));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(oriented(p.getInteriorRingN(i).getCoordinates(), true));
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = p.getEnvelopeInternal();
        b.putInt(5).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] r : rings) {
            b.putInt(start);
            start += r.length;
        }
        for (Coordinate[] r : rings) {
            for (Coordinate c : r) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    private static Coordinate[] oriented(Coordinate[] c, boolean ccw) {
        if (Orientation.isCCW(c) == ccw) {
            return c;
        }
        Coordinate[] r = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[c.length - 1 - i];
        }
        return r;
    }

    private byte[] dbf(List<HazardArea> areas) {
        String[][] fields = FIELDS;
        if (!trainingBanner.isEmpty()) {
            fields = java.util.Arrays.copyOf(FIELDS, FIELDS.length + 1);
            fields[FIELDS.length] = TRAINING_FIELD;
        }
        int recordLength = 1;
        for (String[] f : fields) {
            recordLength += Integer.parseInt(f[1]);
        }
        int headerLength = 32 + 32 * fields.length + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * areas.size() + 1)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x03).put((byte) 126).put((byte) 1).put((byte) 1); // dBASE III; date field (unused by readers)
        b.putInt(areas.size()).putShort((short) headerLength).putShort((short) recordLength);
        b.position(32);
        for (String[] f : fields) {
            byte[] n = f[0].getBytes(StandardCharsets.US_ASCII);
            int start = b.position();
            b.put(n).position(start + 11);
            b.put((byte) 'C').position(start + 16);
            b.put((byte) Integer.parseInt(f[1])).put((byte) 0).position(start + 32);
        }
        b.put((byte) 0x0D);
        for (HazardArea a : areas) {
            b.put((byte) ' ');
            String[] values = {a.reference().value(), a.name(), a.kind().code(), a.status().name(), a.notes(),
                a.createdAt().toString(), a.updatedAt().toString(), trainingBanner};
            for (int i = 0; i < fields.length; i++) {
                b.put(padded(values[i], Integer.parseInt(fields[i][1])));
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }

    /**
     * One warning for each area whose name or notes do not fit the 254 bytes of a .dbf text field (dBASE III) and
     * would be cut, naming the area and the field; empty when everything fits.
     */
    public static List<String> cutTexts(List<HazardArea> areas) {
        List<String> out = new java.util.ArrayList<>();
        for (HazardArea a : areas) {
            List<String> cut = new java.util.ArrayList<>();
            if (utf8Length(a.name()) > 254) {
                cut.add("NAME (" + utf8Length(a.name()) + " bytes)");
            }
            if (utf8Length(a.notes()) > 254) {
                cut.add("NOTES (" + utf8Length(a.notes()) + " bytes)");
            }
            if (!cut.isEmpty()) {
                out.add(a.reference() + ": " + String.join(" and ", cut) + " cut to the 254 bytes a shapefile "
                        + "field holds. The full text stays in the workspace; export GeoPackage or GeoJSON to keep it.");
            }
        }
        return out;
    }

    private static int utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** UTF-8 bytes cut at a character boundary to fit {@code width}, padded with spaces. */
    private static byte[] padded(String s, int width) {
        byte[] out = new byte[width];
        java.util.Arrays.fill(out, (byte) ' ');
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte[] ch = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (used + ch.length > width) {
                break;
            }
            System.arraycopy(ch, 0, out, used, ch.length);
            used += ch.length;
            i += Character.charCount(cp);
        }
        return out;
    }
}
