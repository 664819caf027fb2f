package org.mineledger.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceLayer;

/**
 * The GeoPackage reader gives every attribute as the SQLite driver reads it (numbers as Long or Double, text as
 * String, BLOBs as null), whatever the column is declared as and whatever a row stores in it, and polygons that
 * behave as JTS's own.
 */
class GpkgSourceReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryAttributeAsTheDriverReadsIt() throws Exception {
        Path file = dir.resolve("attributes.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            layer(c, "fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, name TEXT, kind TEXT(3), "
                    + "note VARCHAR(20), code INTEGER, size REAL, raw BLOB, stamp DATETIME, untyped");
            String[] values = {
                "'Field ä 🌍 north', 'SHA', 'mud', 1, 2.5, X'00', '2026-01-02T03:04:05Z', 'x'",
                // empty text, NULLs, a number stored in a text column (SQLite makes it text)
                "'', NULL, 42, NULL, NULL, NULL, NULL, NULL",
                // malformed UTF-8 text, a BLOB stored in a text column, numbers in untyped and date columns
                "CAST(X'FF41C3' AS TEXT), X'0102', 'mud', '7', 'a', 'b', 20260102, 3.25",
                // the same short texts again, and a long one
                "'Field ä 🌍 north', 'SHA', '" + "long note ".repeat(10) + "', 9, 1e300, NULL, NULL, 1"};
            try (Statement s = c.createStatement()) {
                for (String v : values) {
                    s.execute("INSERT INTO areas (geom, name, kind, note, code, size, raw, stamp, untyped) VALUES ("
                            + "X'" + hex(square()) + "', " + v + ")");
                }
            }
        }
        SourceLayer layer = new GpkgSourceReader(ImportLimits.DEFAULT, null).read(file);

        List<Map<String, Object>> expected = asTheDriverReadsThem(file);
        assertThat(layer.features()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            SourceFeature f = layer.features().get(i);
            assertThat(new LinkedHashMap<>(f.attributes())).as("feature " + (i + 1))
                    .containsExactlyEntriesOf(expected.get(i));
            assertThat(f.id()).isEqualTo(String.valueOf(i + 1));
            assertThat(f.problems()).isEmpty();
        }
        assertThat(layer.features().get(0).attributes().get("name")).isEqualTo("Field ä 🌍 north");
        assertThat(layer.features().get(1).attributes().get("name")).isEqualTo("");
        assertThat(layer.features().get(1).attributes().get("note")).isEqualTo("42");
        assertThat(layer.features().get(2).attributes().get("name")).isEqualTo("\uFFFDA\uFFFD");
        assertThat(layer.features().get(2).attributes().get("kind")).isNull();
        assertThat(layer.features().get(2).attributes().get("code")).isEqualTo(7L);
    }

    @Test
    void polygonsReadCompactlyBehaveAsJtsPolygons() throws Exception {
        Path file = dir.resolve("polygons.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            layer(c, "fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, name TEXT");
            s.execute("INSERT INTO areas (geom, name) VALUES (X'" + hex(square()) + "', 'a')");
        }
        Polygon read = (Polygon) new GpkgSourceReader(ImportLimits.DEFAULT, null).read(file).features().get(0)
                .geometry();
        Polygon expected = (Polygon) new WKTReader().read(SQUARE);

        assertThat(read.equalsExact(expected)).isTrue();
        assertThat(read.getArea()).isEqualTo(expected.getArea());
        assertThat(read.isValid()).isTrue();
        // the coordinates handed out are copies: changing one changes neither the polygon nor the next copy
        Coordinate[] first = read.getCoordinates();
        first[0].x = 99;
        assertThat(read.getCoordinates()[0].x).isEqualTo(24.0);
        assertThat(read.getExteriorRing().getCoordinateN(0).x).isEqualTo(24.0);
        assertThat(read.getExteriorRing().getCoordinateSequence().getCoordinate(0)).isNotSameAs(
                read.getExteriorRing().getCoordinateSequence().getCoordinate(0));
        Polygon normalized = (Polygon) read.copy();
        normalized.normalize();
        assertThat(normalized.equalsNorm(expected)).isTrue();
        assertThat(read.getNumInteriorRing()).isZero();
    }

    @Test
    void eachFeatureIsKnownByItsFidInItsLayer() throws Exception {
        Path file = dir.resolve("fids.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            layer(c, "fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, name TEXT");
            s.execute("INSERT INTO areas (fid, geom, name) VALUES (1, X'" + hex(square()) + "', 'a'), (20, X'"
                    + hex(square()) + "', 'b')");
        }
        List<SourceFeature> read = new GpkgSourceReader(ImportLimits.DEFAULT, null).read(file).features();

        assertThat(read).extracting(SourceFeature::id).containsExactly("1", "20");
        assertThat(read).extracting(SourceFeature::number).containsExactly(1, 2);
        assertThat(read).extracting(SourceFeature::location).containsOnly("layer areas");
    }

    private static final String SQUARE = "POLYGON ((24 56, 24.001 56, 24.001 56.001, 24 56.001, 24 56))";

    private static byte[] square() throws Exception {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(new WKTReader().read(SQUARE));
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        // GeoPackage binary header: magic, version 0, flags (little-endian, no envelope), srs_id
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4326).put(wkb);
        return b.array();
    }

    /** A one-layer GeoPackage: the three tables the reader needs, and {@code areas} with {@code columns}. */
    private static void layer(Connection c, String columns) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization "
                    + "TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]', "
                    + "NULL)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, "
                    + "description TEXT, last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                    + "srs_id INTEGER)");
            s.execute("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('areas', 'features', 4326)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, "
                    + "srs_id INTEGER, z TINYINT, m TINYINT)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('areas', 'geom', 'POLYGON', 4326, 0, 0)");
            s.execute("CREATE TABLE areas (" + columns + ")");
        }
    }

    /** Each row's attributes as {@code getObject} gives them, integers as Long and BLOBs as null. */
    private static List<Map<String, Object>> asTheDriverReadsThem(Path file) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM areas ORDER BY fid")) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 3; i <= r.getMetaData().getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    row.put(r.getMetaData().getColumnName(i), v instanceof Integer k ? Long.valueOf(k)
                            : v instanceof byte[] ? null : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
