package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBReader;
import org.mineledger.model.HazardArea;

/** The workspace file is a GeoPackage 1.4 (OGC 12-128r18) that GIS tools read without warnings. */
class GeoPackageConformanceTest {
    @TempDir
    Path dir;

    @Test
    void headerCarriesGeoPackageApplicationIdAndVersion() throws Exception {
        Path file = workspaceWithTwoAreas();
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 100);
        assertThat(new String(header, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0");
        assertThat(new String(header, 68, 4, StandardCharsets.US_ASCII)).isEqualTo("GPKG");
        assertThat(ByteBuffer.wrap(header).getInt(60)).isEqualTo(10400);
    }

    @Test
    void requiredTablesAndRowsArePresent() throws Exception {
        Path file = workspaceWithTwoAreas();
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement()) {
            assertThat(column(s, "SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id"))
                    .containsExactly("-1", "0", "4326");
            assertThat(column(s, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")).singleElement()
                    .asString().startsWith("GEOGCS[\"WGS 84\"").contains("AUTHORITY[\"EPSG\",\"4326\"]");
            assertThat(column(s, "SELECT data_type || '|' || identifier || '|' || srs_id FROM gpkg_contents "
                    + "WHERE table_name = 'hazard_area'")).containsExactly("features|Hazard areas|4326");
            assertThat(column(s, "SELECT table_name || '.' || column_name || '|' || geometry_type_name || '|' || srs_id "
                    + "|| '|' || z || m FROM gpkg_geometry_columns ORDER BY table_name")).containsExactly(
                    "hazard_area.geom|POLYGON|4326|00", "survey_evidence.geom|GEOMETRY|4326|00");
            assertThat(column(s, "SELECT data_type || '|' || srs_id FROM gpkg_contents "
                    + "WHERE table_name = 'survey_evidence'")).containsExactly("features|4326");
            assertThat(column(s, "SELECT table_name || '.' || column_name || '|' || extension_name || '|' || scope "
                    + "FROM gpkg_extensions")).containsExactly("hazard_area.geom|gpkg_rtree_index|write-only");
            assertThat(column(s, "SELECT sql FROM sqlite_master WHERE name = 'rtree_hazard_area_geom'"))
                    .containsExactly("CREATE VIRTUAL TABLE rtree_hazard_area_geom USING rtree(id, minx, maxx, miny, "
                            + "maxy)");
            assertThat(column(s, "SELECT count(*) FROM rtree_hazard_area_geom")).containsExactly("2");
            assertThat(column(s, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_%' "
                    + "ORDER BY name")).containsExactly("rtree_hazard_area_geom_delete", "rtree_hazard_area_geom_insert",
                    "rtree_hazard_area_geom_update2", "rtree_hazard_area_geom_update4",
                    "rtree_hazard_area_geom_update5", "rtree_hazard_area_geom_update6",
                    "rtree_hazard_area_geom_update7");
            assertThat(column(s, "PRAGMA journal_mode")).containsExactly("wal");
        }
    }

    @Test
    void contentsExtentFollowsEveryWrite() throws Exception {
        Path file = dir.resolve("extent.gpkg");
        try (Workspace ws = Workspace.create(file)) {
            HazardArea a = ws.add(Samples.draft(1, 24.5, 60.25));
            HazardArea b = ws.add(Samples.draft(2, 23.75, 61.5));
            Envelope both = a.polygon().getEnvelopeInternal();
            both.expandToInclude(b.polygon().getEnvelopeInternal());
            assertThat(extent(file)).containsExactly(both.getMinX(), both.getMinY(), both.getMaxX(), both.getMaxY());
            ws.delete(b.id());
            Envelope one = a.polygon().getEnvelopeInternal();
            assertThat(extent(file)).containsExactly(one.getMinX(), one.getMinY(), one.getMaxX(), one.getMaxY());
            ws.delete(a.id());
            assertThat(extent(file)).containsExactly(null, null, null, null);
        }
    }

    @Test
    void geometryBlobHasStandardHeaderEnvelopeAndWkb() throws Exception {
        Path file = dir.resolve("blob.gpkg");
        HazardArea a;
        try (Workspace ws = Workspace.create(file)) {
            a = ws.add(Samples.draft(1, 24.123456789, 60.987654321));
        }
        byte[] blob;
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT geom FROM hazard_area")) {
            blob = r.getBytes(1);
        }
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(blob[0]).isEqualTo((byte) 'G');
        assertThat(blob[1]).isEqualTo((byte) 'P');
        assertThat(blob[2]).as("version").isZero();
        assertThat(blob[3]).as("flags: little-endian, envelope [minx,maxx,miny,maxy], not empty, standard")
                .isEqualTo((byte) 0b0000_0011);
        assertThat(b.getInt(4)).as("srs_id").isEqualTo(4326);
        Envelope e = a.polygon().getEnvelopeInternal();
        assertThat(new double[] {b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32)})
                .containsExactly(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
        assertThat(blob[40]).as("WKB byte order: little-endian").isEqualTo((byte) 1);
        assertThat(b.getInt(41)).as("WKB type: Polygon, 2D").isEqualTo(3);
        assertThat(new WKBReader().read(Arrays.copyOfRange(blob, 40, blob.length)).equalsExact(a.polygon()))
                .isTrue();
    }

    @Test
    void workspaceOpensInOgrinfoWithTheRightLayerCountAndExtent() throws Exception {
        Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo (GDAL) is not installed; skipping the GDAL check");
        Path file = workspaceWithTwoAreas();
        Process p = new ProcessBuilder("ogrinfo", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // GDAL before 3.7 predates GeoPackage 1.4 and warns that user_version 10400 "may only be partially
        // supported"; that one warning is expected there, any other warning or error is a fault of ours.
        String unexpected = out.lines().filter(l -> !l.contains("user_version=0x000028A0 (10400, v1.4.0)"))
                .filter(l -> l.contains("Warning") || l.contains("ERROR")).reduce("", String::concat);
        assertThat(unexpected).as(out).isEmpty();
        assertThat(out)
                .contains("Layer name: hazard_area")
                .contains("Geometry: Polygon")
                .contains("Feature Count: 2");
        List<Double> e;
        try (Workspace ws = Workspace.open(file)) {
            Envelope env = new Envelope();
            ws.hazards().forEach(h -> env.expandToInclude(h.polygon().getEnvelopeInternal()));
            e = List.of(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
        }
        // ogrinfo prints the extent with 6 decimals: (minx, miny) - (maxx, maxy)
        assertThat(out).contains(String.format(java.util.Locale.ROOT, "Extent: (%.6f, %.6f) - (%.6f, %.6f)",
                e.get(0), e.get(1), e.get(2), e.get(3)));
    }

    private Path workspaceWithTwoAreas() {
        Path file = dir.resolve("two.gpkg");
        if (!Files.exists(file)) {
            try (Workspace ws = Workspace.create(file)) {
                ws.add(Samples.draft(1, 24.5, 60.25));
                ws.add(Samples.draft(2, 23.75, 61.5));
            }
        }
        return file;
    }

    private static List<Double> extent(Path file) throws SQLException {
        try (Connection c = WorkspaceFile.connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                     + "WHERE table_name = 'hazard_area'")) {
            List<Double> out = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                double v = r.getDouble(i);
                out.add(r.wasNull() ? null : v);
            }
            return out;
        }
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

}
