package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineledger.io.evidence.EvidenceCandidate;
import org.mineledger.io.evidence.EvidencePreview;

/**
 * Every file of the survey-evidence corpus (src/test/resources/org/mineledger/io/hostile-evidence) gives a message
 * naming the file, where in it and why, when imported as evidence. The timeout guards against hangs only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileEvidenceTest {
    private static final Path CORPUS = corpus();

    private static final Map<String, String[]> EXPECTED = Map.ofEntries(
            Map.entry("billion-laughs.gpx", new String[] {"REFUSED", "line 13", "DOCTYPE", "entity-expansion"}),
            Map.entry("xxe-parameter.gpx", new String[] {"REFUSED", "line 2", "DOCTYPE", "external-entity"}),
            Map.entry("undeclared-entity.gpx", new String[] {"REFUSED", "line 3, column 42",
                "not well-formed XML (The entity \"secret\" was referenced, but not declared.)"}),
            Map.entry("mismatched-tags.gpx", new String[] {"REFUSED", "line 4", "not well-formed XML"}),
            Map.entry("out-of-range-track.gpx", new String[] {"PROBLEM wpt 1 (line 3",
                "lat=50.4 lon=-190.5 is outside the globe", "PROBLEM track segment 2 (line 4",
                "point 3 (line 7, column 33): lat=95.41 lon=30.52 is outside the globe", "READY track segment 3"}),
            Map.entry("bad-time-and-elevation.gpx", new String[] {"READY wpt 1", "PROBLEM wpt 2 (line 4",
                "time 'yesterday' is not an ISO 8601 time", "elevation 'high' is not a number"}),
            Map.entry("not-gpx.gpx", new String[] {"REFUSED", "no waypoint, route or track"}),
            Map.entry("bad-points.csv", new String[] {"READY line 2", "PROBLEM line 3", "'abc 30.50'",
                "PROBLEM line 4", "no hazard area HA-9999 in this workspace"}));

    static Stream<Arguments> corpusFiles() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void hostileEvidenceFileGetsAClearMessage(String name, String[] fragments) {
        String report = report(CORPUS.resolve(name), ImportOptions.defaults());

        assertThat(report).contains(name).contains(fragments);
    }

    @Test
    void everyFileInTheEvidenceCorpusHasACase() throws IOException {
        Set<String> present;
        try (Stream<Path> files = Files.list(CORPUS)) {
            present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void gpxAboveTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.gpx");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[3 << 20]);
        }
        ImportOptions small = ImportOptions.defaults().withLimits(ImportLimits.DEFAULT.withMaxFileBytes(1 << 20));

        assertThat(report(big, small)).contains("REFUSED huge.gpx", "3,145,728 bytes", "limit of 1,048,576 bytes");
    }

    @Test
    void gpxWithMoreWaypointsThanTheLimitIsRefusedWhileStreaming(@TempDir Path dir) throws IOException {
        Path many = dir.resolve("many.gpx");
        try (Writer w = Files.newBufferedWriter(many, StandardCharsets.UTF_8)) {
            w.write("<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");
            for (int i = 0; i < 20_000; i++) {
                w.write("<wpt lat=\"50.4\" lon=\"30.5\"><name>p" + i + "</name></wpt>\n");
            }
            w.write("</gpx>\n");
        }
        ImportLimits d = ImportLimits.DEFAULT;
        ImportOptions few = ImportOptions.defaults().withLimits(new ImportLimits(d.maxFileBytes(), 1000,
                d.maxArchiveEntries(), d.maxUnpackedBytes(), d.maxCompressionRatio(), d.maxVerticesPerFeature()));

        assertThat(report(many, few)).contains("REFUSED many.gpx", "line 1002", "more than 1000 features");
    }

    /** What a user is told: the refusal, or each feature as READY or PROBLEM with its problems. */
    private static String report(Path file, ImportOptions options) {
        try {
            SourceLayer layer = SourceFormat.of(file).read(file, options);
            EvidencePreview p = EvidencePreview.of(layer, null, Set.of("HA-0001"));
            StringBuilder b = new StringBuilder("PREVIEW ").append(layer.file()).append('\n');
            for (EvidenceCandidate c : p.candidates()) {
                b.append(c.ready() ? "READY " : "PROBLEM ").append(c.source().location()).append(": ")
                        .append(String.join(" | ", c.problems())).append('\n');
            }
            return b.toString();
        } catch (ImportException e) {
            return "REFUSED " + e.getMessage();
        }
    }

    private static Path corpus() {
        try {
            return Path.of(HostileEvidenceTest.class.getResource("/org/mineledger/io/hostile-evidence").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
