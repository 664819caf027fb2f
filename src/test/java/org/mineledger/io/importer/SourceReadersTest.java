package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.csv.CsvLayout;

/** Behaviour of the readers on ordinary field files (TRAINING — FICTIONAL DATA). */
class SourceReadersTest {
    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
            <Placemark id="pm1"><name>North field</name><description><![CDATA[<b>mixed</b> & marked]]></description>
             <ExtendedData><Data name="kind"><value>CHA</value></Data><SchemaData><SimpleData name="team">Alpha</SimpleData></SchemaData></ExtendedData>
             <MultiGeometry>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>
                30.5,50.4,0 30.51,50.4,0 30.51,50.41,0 30.5,50.41,0 30.5,50.4,0</coordinates></LinearRing></outerBoundaryIs>
               <innerBoundaryIs><LinearRing><coordinates>30.503,50.403 30.503,50.406 30.506,50.406 30.503,50.403</coordinates></LinearRing></innerBoundaryIs>
              </Polygon>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>30.52,50.4 30.53,50.4 30.53,50.41 30.52,50.4</coordinates></LinearRing></outerBoundaryIs></Polygon>
             </MultiGeometry></Placemark>
            <Placemark><name>Benchmark</name><Point><coordinates>30.499,50.399</coordinates></Point></Placemark>
            </Folder></Document></kml>
            """;

    @Test
    void kmlPlacemarkKeepsHolesPartsAndExtendedData(@TempDir Path dir) throws Exception {
        Path kml = dir.resolve("field.kml");
        Files.writeString(kml, KML);

        SourceLayer layer = SourceFormat.of(kml).read(kml, ImportOptions.defaults());

        assertThat(layer.features()).hasSize(2);
        SourceFeature f = layer.features().get(0);
        assertThat(f.id()).isEqualTo("pm1");
        assertThat(f.attributes()).containsEntry("name", "North field").containsEntry("kind", "CHA")
                .containsEntry("team", "Alpha").containsEntry("description", "<b>mixed</b> & marked");
        assertThat(f.geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(((Polygon) f.geometry().getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(layer.features().get(1).geometry()).isInstanceOf(Point.class);
    }

    @Test
    void kmzReadsItsDocKml(@TempDir Path dir) throws Exception {
        Path kmz = dir.resolve("field.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(kmz))) {
            z.putNextEntry(new ZipEntry("files/icon.png"));
            z.write(new byte[] {1, 2, 3});
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(KML.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        SourceLayer layer = SourceFormat.of(kmz).read(kmz, ImportOptions.defaults());

        assertThat(layer.file()).isEqualTo("field.kmz!doc.kml");
        assertThat(layer.features()).hasSize(2);
    }

    @Test
    void csvVerticesInUtmBecomePolygonsGroupedByTheirColumn(@TempDir Path dir) throws Exception {
        // UTM 36N positions of the corners of fixtures/areas.geojson's first polygon, from utm36.shp (GDAL/PROJ)
        Path csv = dir.resolve("corners.csv");
        Files.writeString(csv, """
                area;corner;position;kind
                A;1;36U 322333.761584735 5586093.50255859;CHA
                A;2;36U 322371.16430281 5587205.22833368;CHA
                A;3;36U 323081.595728191 5587181.37283861;CHA
                A;4;36U 323044.342757457 5586069.64547939;CHA
                B;1;36U 323754.924939723 5586045.88410665;SHA
                B;2;36U 324502.461608401 5587133.94894754;SHA
                B;3;36U 324465.508127436 5586022.21843933;SHA
                """);
        ImportOptions o = new ImportOptions(null, null, null,
                new CsvLayout(null, null, "position", CoordinateSystem.UTM, "area"), null, null, null);

        SourceLayer layer = SourceFormat.of(csv).read(csv, o);

        assertThat(layer.features()).hasSize(2).allMatch(f -> f.problems().isEmpty());
        Polygon a = (Polygon) layer.features().get(0).geometry();
        assertThat(a.getNumPoints()).isEqualTo(5);
        assertThat(a.getEnvelopeInternal().getMinX()).isCloseTo(30.50, within(1e-7));
        assertThat(a.getEnvelopeInternal().getMaxY()).isCloseTo(50.41, within(1e-7));
        assertThat(layer.features().get(1).text("kind")).isEqualTo("SHA");
    }

    @Test
    void gpxTrackWalkedBackToItsStartBecomesAnArea(@TempDir Path dir) throws Exception {
        Path gpx = dir.resolve("walk.gpx");
        Files.writeString(gpx, """
                <?xml version="1.0"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                <wpt lat="50.399" lon="30.499"><name>BM1</name><sym>Flag</sym></wpt>
                <trk><name>Perimeter</name><trkseg>
                <trkpt lat="50.40" lon="30.50"/><trkpt lat="50.40" lon="30.51"/><trkpt lat="50.41" lon="30.51"/>
                <trkpt lat="50.40" lon="30.50"/></trkseg></trk></gpx>
                """);
        ImportOptions o = ImportOptions.defaults().withDefaultKind(org.mineledger.model.HazardKind.SUSPECTED);

        ImportPreview p = ImportPreview.of(SourceFormat.of(gpx).read(gpx, o), o, java.util.Set.of(), 1,
                java.time.Instant.EPOCH);

        assertThat(p.ready()).hasSize(1);
        assertThat(p.ready().get(0).draft().name()).isEqualTo("Perimeter");
        List<String> waypointProblems = p.withProblems().get(0).problems();
        assertThat(waypointProblems.get(0)).contains("Point, not an area");
    }

    @Test
    void kindsAndStatusesAreParsedOrNamedAsProblemsAndDefaultsFillGaps() throws Exception {
        org.locationtech.jts.geom.Polygon square = (org.locationtech.jts.geom.Polygon) new org.locationtech.jts.io
                .WKTReader().read("POLYGON ((30 50, 30.001 50, 30.001 50.001, 30 50.001, 30 50))");
        String[][] kindStatus = {{"CHA", "reduced"}, {"XYZ", "active"}, {"LMF", "gone"}, {"", ""}, {"CHA", "reduced"}};
        List<SourceFeature> features = new java.util.ArrayList<>();
        for (int i = 0; i < kindStatus.length; i++) {
            java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            attributes.put("kind", kindStatus[i][0]);
            attributes.put("status", kindStatus[i][1]);
            features.add(new SourceFeature(i + 1, null, null, square.copy(), attributes, List.of()));
        }
        SourceLayer layer = new SourceLayer("areas.geojson", "areas", features, List.of());

        ImportPreview none = ImportPreview.of(layer, ImportOptions.defaults(), java.util.Set.of(), 1,
                java.time.Instant.EPOCH);
        ImportPreview suspected = ImportPreview.of(layer, ImportOptions.defaults().withDefaultKind(
                org.mineledger.model.HazardKind.SUSPECTED), java.util.Set.of(), 1, java.time.Instant.EPOCH);

        List<ImportCandidate> c = none.candidates();
        assertThat(c.get(0).ready()).isTrue();
        assertThat(c.get(0).draft().kind()).isEqualTo(org.mineledger.model.HazardKind.CONFIRMED);
        assertThat(c.get(0).draft().status()).isEqualTo(org.mineledger.model.HazardStatus.REDUCED);
        assertThat(c.get(1).problems()).singleElement().asString().startsWith("Unknown hazard kind 'XYZ'");
        assertThat(c.get(2).problems()).singleElement().asString().startsWith("Unknown hazard status 'gone'");
        assertThat(c.get(3).problems()).singleElement().asString().startsWith("missing field kind");
        assertThat(c.get(4).draft().kind()).isEqualTo(org.mineledger.model.HazardKind.CONFIRMED);
        List<ImportCandidate> d = suspected.candidates();
        assertThat(d.get(3).ready()).isTrue();
        assertThat(d.get(3).draft().kind()).isEqualTo(org.mineledger.model.HazardKind.SUSPECTED);
        assertThat(d.get(3).draft().status()).isEqualTo(ImportOptions.defaults().defaultStatus());
        assertThat(d.get(1).problems()).singleElement().asString().startsWith("Unknown hazard kind 'XYZ'");
    }

    @Test
    void wktNamesAndAuthoritiesGiveEpsgCodes() {
        assertThat(WktCrs.epsg("PROJCS[\"WGS_1984_UTM_Zone_36N\",GEOGCS[\"GCS_WGS_1984\"]]")).hasValue(32636);
        assertThat(WktCrs.epsg("PROJCS[\"ETRS89 / TM35FIN(E,N)\",GEOGCS[\"ETRS89\",AUTHORITY[\"EPSG\",\"4258\"]],"
                + "AUTHORITY[\"EPSG\",\"3067\"]]")).hasValue(3067);
        assertThat(WktCrs.epsg("PROJCS[\"ETRS_1989_Poland_CS92\",GEOGCS[\"GCS_ETRS_1989\"]]")).hasValue(2180);
        assertThat(WktCrs.epsg("PROJCS[\"LKS_1994_Lithuania_TM\",GEOGCS[\"GCS_LKS_1994\"]]")).hasValue(3346);
        assertThat(WktCrs.epsg("PROJCS[\"ETRS_1989_UTM_Zone_35N\",GEOGCS[\"GCS_ETRS_1989\"]]")).hasValue(25835);
        assertThat(WktCrs.epsg("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]")).hasValue(4326);
        assertThat(WktCrs.epsg("PROJCS[\"Local grid\",GEOGCS[\"x\",AUTHORITY[\"EPSG\",\"4326\"]],UNIT[\"m\",1]]"))
                .as("an inner authority is not the system's own").isEmpty();
    }
}
