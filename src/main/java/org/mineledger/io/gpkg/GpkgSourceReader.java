package org.mineledger.io.gpkg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceAttributes;
import org.mineledger.io.importer.SourceCrs;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;
import org.mineledger.io.importer.WktCrs;
import org.mineledger.store.WkbPolygons;
import org.sqlite.SQLiteConfig;

/**
 * Reads one feature layer of any GeoPackage (OGC 12-128r18) read-only: GeoPackageBinary geometry (header and
 * WKB, clause 2.1.3), its coordinate system from gpkg_spatial_ref_sys, and every other column as attributes.
 */
public final class GpkgSourceReader {
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel());
    private final ImportLimits limits;
    private final String layer;

    /** {@code layer} is the table to read, or null for the only polygon layer of the file. */
    public GpkgSourceReader(ImportLimits limits, String layer) {
        this.limits = limits;
        this.layer = layer;
    }

    public SourceLayer read(Path file) {
        String name = SourceFiles.checkReadable(file, limits);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            Layer l = chooseLayer(c, name);
            List<String> fileProblems = new ArrayList<>();
            SourceCrs crs = crs(c, l.srsId, name, fileProblems);
            List<SourceFeature> out = new ArrayList<>();
            WKBReader wkb = new WKBReader(FACTORY);
            boolean textAsBytes = utf8(c);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(select(l, textAsBytes))) {
                ResultSetMetaData m = r.getMetaData();
                // the names once, not per row: each is a call into SQLite
                String[] columns = new String[m.getColumnCount() + 1];
                TextColumn[] texts = new TextColumn[columns.length];
                List<String> attributeNames = new ArrayList<>();
                for (int i = 1; i < columns.length; i++) {
                    columns[i] = m.getColumnName(i);
                    if (!columns[i].equalsIgnoreCase(l.geometryColumn) && !columns[i].equalsIgnoreCase(l.pk)) {
                        attributeNames.add(columns[i]);
                        texts[i] = textAsBytes && l.textColumns.contains(columns[i]) ? new TextColumn() : null;
                    }
                }
                SourceAttributes.Columns shared = new SourceAttributes.Columns(attributeNames);
                String where = "layer " + l.table;
                Object[] values = new Object[shared.size()];
                while (r.next()) {
                    int n = out.size() + 1;
                    if (n > limits.maxFeatures()) {
                        throw new ImportException(name, "layer " + l.table, "more than " + limits.maxFeatures()
                                + " features. Split the layer.");
                    }
                    String id = null;
                    byte[] blob = null;
                    int a = 0;
                    for (int i = 1; i < columns.length; i++) {
                        String col = columns[i];
                        if (col.equalsIgnoreCase(l.geometryColumn)) {
                            blob = r.getBytes(i);
                        } else if (col.equalsIgnoreCase(l.pk)) {
                            // a GeoPackage's key is an INTEGER (then read without making a string twice)
                            long key = l.integerKey ? r.getLong(i) : 0;
                            id = !l.integerKey ? r.getString(i) : key == n ? null : Long.toString(key);
                        } else if (texts[i] != null) {
                            values[a++] = texts[i].decode(r.getBytes(i));
                        } else {
                            Object v = r.getObject(i);
                            values[a++] = v instanceof Integer k ? Long.valueOf(k) : v instanceof byte[] ? null : v;
                        }
                    }
                    SourceAttributes attributes = shared.of(Arrays.asList(values));
                    List<String> problems = new ArrayList<>();
                    Geometry g = geometry(blob, wkb, problems);
                    if (g != null && crs != null) {
                        try {
                            g = crs.toWgs84(g);
                        } catch (IllegalArgumentException e) {
                            problems.add(e.getMessage());
                            g = null;
                        }
                    }
                    // the fid is the feature's id; the location, the same for every feature, is made once
                    out.add(new SourceFeature(n, id, where, g, attributes, problems));
                }
            }
            return new SourceLayer(name, l.table, out, fileProblems);
        } catch (SQLException e) {
            throw new ImportException(name, "", "the file is not a readable GeoPackage (" + e.getMessage()
                    + "). It may be damaged, cut off or not a GeoPackage.", e);
        }
    }

    /**
     * {@code columns}: all of the table's, in order; {@code textColumns}: those of TEXT affinity
     * ({@link TextColumn#holdsText}).
     */
    private record Layer(String table, String geometryColumn, String type, int srsId, String pk,
            boolean integerKey, List<String> columns, java.util.Set<String> textColumns) {
    }

    /** Whether the file stores its text as UTF-8 (GeoPackage files do), so text can be read as its bytes. */
    private static boolean utf8(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA encoding")) {
            return r.next() && "UTF-8".equalsIgnoreCase(r.getString(1));
        }
    }

    /**
     * Every column of the layer; a BLOB in a text column reads as NULL (as a BLOB in any attribute column does),
     * so that the text columns can be read as bytes.
     */
    private static String select(Layer l, boolean textAsBytes) {
        if (!textAsBytes || l.textColumns.isEmpty()) {
            return "SELECT * FROM " + quote(l.table);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : l.columns) {
            String q = quote(column);
            sql.append(sql.length() > 7 ? ", " : "").append(l.textColumns.contains(column)
                    ? "CASE WHEN typeof(" + q + ") = 'blob' THEN NULL ELSE " + q + " END AS " + q : q);
        }
        return sql.append(" FROM ").append(quote(l.table)).toString();
    }

    private Layer chooseLayer(Connection c, String name) throws SQLException {
        List<Layer> layers = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT g.table_name, g.column_name, "
                + "g.geometry_type_name, g.srs_id FROM gpkg_geometry_columns g JOIN gpkg_contents c "
                + "ON c.table_name = g.table_name WHERE c.data_type = 'features' ORDER BY g.table_name")) {
            while (r.next()) {
                layers.add(new Layer(r.getString(1), r.getString(2), r.getString(3).toUpperCase(Locale.ROOT),
                        r.getInt(4), null, false, List.of(), java.util.Set.of()));
            }
        }
        List<String> names = layers.stream().map(Layer::table).toList();
        Layer chosen;
        if (layer != null) {
            chosen = layers.stream().filter(l -> l.table.equalsIgnoreCase(layer)).findFirst().orElseThrow(() ->
                    new ImportException(name, "", "there is no feature layer '" + layer + "'. Its layers are: "
                            + String.join(", ", names) + "."));
        } else {
            List<Layer> polygons = layers.stream().filter(l -> l.type.contains("POLYGON") || l.type.equals("GEOMETRY"))
                    .toList();
            List<Layer> declared = polygons.stream().filter(l -> l.type.contains("POLYGON")).toList();
            if (polygons.size() > 1 && declared.size() == 1) {
                // a layer declared POLYGON wins over mixed GEOMETRY layers (e.g. a workspace's survey_evidence)
                polygons = declared;
            }
            if (polygons.size() != 1) {
                throw new ImportException(name, "", (polygons.isEmpty() ? "it has no polygon layer"
                        : "it has " + polygons.size() + " polygon layers") + ". Choose a layer with --layer; its "
                        + "feature layers are: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ".");
            }
            chosen = polygons.get(0);
        }
        String pk = null;
        boolean integerKey = false;
        List<String> columns = new ArrayList<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + quote(chosen.table)
                + ")")) {
            while (r.next()) {
                String column = r.getString("name");
                columns.add(column);
                if (r.getInt("pk") == 1) {
                    pk = column;
                    integerKey = "INTEGER".equalsIgnoreCase(r.getString("type"));
                } else if (TextColumn.holdsText(r.getString("type"))
                        && !column.equalsIgnoreCase(chosen.geometryColumn)) {
                    texts.add(column);
                }
            }
        }
        return new Layer(chosen.table, chosen.geometryColumn, chosen.type, chosen.srsId, pk, integerKey, columns,
                texts);
    }

    private static SourceCrs crs(Connection c, int srsId, String name, List<String> fileProblems) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT organization, organization_coordsys_id, definition "
                + "FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            p.setInt(1, srsId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || srsId <= 0) {
                    fileProblems.add("the layer's coordinate system (srs_id " + srsId + ") is undefined, so "
                            + "MineLedger cannot know where these shapes are. Set it in the source GIS and export again.");
                    return null;
                }
                OptionalInt epsg = "EPSG".equalsIgnoreCase(r.getString(1)) ? OptionalInt.of(r.getInt(2))
                        : WktCrs.epsg(r.getString(3));
                if (epsg.isEmpty()) {
                    fileProblems.add("the layer's coordinate system (" + r.getString(1) + ":" + r.getInt(2)
                            + ") is not recognised. Reproject it to WGS84 (EPSG:4326) in the source GIS.");
                    return null;
                }
                return SourceCrs.epsg(epsg.getAsInt());
            }
        } catch (IllegalArgumentException e) {
            fileProblems.add(e.getMessage() + ". Reproject the layer to WGS84 (EPSG:4326) in the source GIS.");
            return null;
        }
    }

    private static Geometry geometry(byte[] blob, WKBReader wkb, List<String> problems) {
        if (blob == null) {
            problems.add("the feature has no geometry.");
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            problems.add("the geometry is not GeoPackage binary (it does not start with 'GP').");
            return null;
        }
        int flags = blob[3];
        int envelope = (flags >> 1) & 0x7;
        if (envelope >= ENVELOPE_BYTES.length) {
            problems.add("the geometry header has an invalid envelope code " + envelope + ".");
            return null;
        }
        int start = 8 + ENVELOPE_BYTES[envelope];
        if ((flags & 0x10) != 0 || blob.length <= start) {
            problems.add("the geometry is empty.");
            return null;
        }
        try {
            Polygon plain = WkbPolygons.readCompact(blob, start, FACTORY);
            return plain != null ? plain : wkb.read(Arrays.copyOfRange(blob, start, blob.length));
        } catch (ParseException | RuntimeException e) {
            problems.add("the geometry (WKB) cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
