package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus (src/test/resources/org/mineledger/io/hostile) gives a message naming the file,
 * where in it and why — never a crash, a hang or an out-of-memory error. The timeout guards against hangs only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final Path CORPUS = corpus();

    /** Main file of each case → fragments the message must contain (the file name is always checked too). */
    private static final Map<String, String[]> EXPECTED = Map.ofEntries(
            Map.entry("truncated.geojson", new String[] {"REFUSED", "line 1, column", "not valid JSON"}),
            Map.entry("not-a-feature-collection.geojson", new String[] {"REFUSED", "FeatureCollection", "'Topology'"}),
            Map.entry("bad-feature.geojson", new String[] {"READY feature 1", "PROBLEM feature 2 (line 3"}),
            Map.entry("self-intersecting.geojson", new String[] {"PROBLEM feature 1", "not valid: self-intersection",
                "lat 50.4050000, lon 30.5050000"}),
            Map.entry("out-of-range.geojson", new String[] {"PROBLEM feature 1 (line 2", "latitude 95.5", "out of range"}),
            Map.entry("empty.geojson", new String[] {"REFUSED", "empty (0 bytes)"}),
            Map.entry("xxe.kml", new String[] {"REFUSED", "line 2", "DOCTYPE"}),
            Map.entry("billion-laughs.kml", new String[] {"REFUSED", "line 13", "DOCTYPE"}),
            Map.entry("malformed.kml", new String[] {"REFUSED", "line 5", "not well-formed XML"}),
            Map.entry("out-of-range.kml", new String[] {"READY placemark 1 (line 3", "PROBLEM placemark 2 (line 4",
                "latitude 130.5", "outside the globe"}),
            Map.entry("xxe.gpx", new String[] {"REFUSED", "line 2", "DOCTYPE"}),
            Map.entry("truncated.gpx", new String[] {"REFUSED", "line 4", "not well-formed XML"}),
            Map.entry("out-of-range.gpx", new String[] {"lat=150.4 lon=30.5 is outside the globe",
                "lat=\"north\" lon=\"30.5\" are not both numbers", "wpt 2 (line 4"}),
            Map.entry("bad-values.csv", new String[] {"line 3, columns 2-3 (lat, lon): 'abc 30.5'",
                "line 4, columns 2-3 (lat, lon): '91.5 30.5'"}),
            Map.entry("not-utf8.csv", new String[] {"REFUSED", "not UTF-8", "CSV UTF-8"}),
            Map.entry("unclosed-quote.csv", new String[] {"REFUSED", "line 2", "quoted field is never closed"}),
            Map.entry("no-position-columns.csv", new String[] {"REFUSED", "line 1", "no position columns"}),
            Map.entry("no-dbf.shp", new String[] {"REFUSED", "no-dbf.dbf is missing"}),
            Map.entry("no-prj.shp", new String[] {"FILE:", "no-prj.prj is missing", "--crs"}),
            Map.entry("unknown-prj.shp", new String[] {"FILE:", "not recognised", "Local_Grid_Of_Some_Base"}),
            Map.entry("truncated.shp", new String[] {"FILE:", "cut off", "Only 0 records were read", "2 rows"}),
            Map.entry("wrong-encoding.shp", new String[] {"PROBLEM record 1", "field 'name' of record 2 is not valid "
                + "UTF-8 text", "the .cpg file names UTF-8 but the text is in another encoding",
                "Write the encoding the text really uses in the .cpg"}),
            Map.entry("not-a-shapefile.shp", new String[] {"REFUSED", "not an ESRI shapefile"}),
            Map.entry("two-polygon-layers.gpkg", new String[] {"REFUSED", "2 polygon layers", "--layer", "first, second"}),
            Map.entry("not-a-geopackage.gpkg", new String[] {"REFUSED", "not a readable GeoPackage"}),
            Map.entry("path-traversal.kmz", new String[] {"REFUSED", "../../../../tmp/evil.kml", "path traversal"}),
            Map.entry("no-kml.kmz", new String[] {"REFUSED", "holds no .kml file"}),
            Map.entry("truncated.kmz", new String[] {"REFUSED", "not a valid KMZ"}),
            Map.entry("latin1-declared-utf8.kml", new String[] {"REFUSED", "line 3", "not well-formed XML"}),
            Map.entry("latin1.geojson", new String[] {"REFUSED", "line 2", "not valid JSON", "UTF-8"}),
            Map.entry("unknown-format.xyz", new String[] {"REFUSED", "cannot import this kind of file"}));

    static Stream<Arguments> corpusFiles() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void hostileFileGetsAClearMessage(String name, String[] fragments) {
        String report = ImportReport.of(CORPUS.resolve(name));

        assertThat(report).contains(name.replaceAll("\\..*", "")).contains(fragments);
    }

    @Test
    void everyFileInTheCorpusHasACase() throws IOException {
        Set<String> covered = EXPECTED.keySet().stream().map(n -> n.substring(0, n.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> present;
        try (Stream<Path> files = Files.list(CORPUS)) {
            present = files.map(p -> p.getFileName().toString()).map(n -> n.substring(0, n.indexOf('.')))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void kmzZipBombIsRefusedWithoutUnpackingIt(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><!--".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 128; i++) { // 128 MiB of spaces packs into about 130 kB
                java.util.Arrays.fill(zeros, (byte) ' ');
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1L << 20);

        String report = ImportReport.of(bomb);

        assertThat(report).contains("REFUSED", "bomb.kmz!doc.kml", "zip bomb");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.geojson");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[3 << 20]);
        }
        ImportOptions small = ImportOptions.defaults().withLimits(ImportLimits.DEFAULT.withMaxFileBytes(1 << 20));

        String report = ImportReport.of(big, small);

        assertThat(report).contains("REFUSED huge.geojson", "3,145,728 bytes", "limit of 1,048,576 bytes", "Split");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotAStackOverflow(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.geojson");
        Files.writeString(deep, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}]}");

        String report = ImportReport.of(deep);

        assertThat(report).contains("REFUSED deep.geojson", "not valid JSON", "nesting depth");
    }

    private static Path corpus() {
        try {
            return Path.of(HostileInputTest.class.getResource("/org/mineledger/io/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
