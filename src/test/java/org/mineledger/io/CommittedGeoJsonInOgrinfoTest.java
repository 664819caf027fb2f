package org.mineledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineledger.io.geojson.GeoJsonReader;

/** GDAL is the independent check: every committed GeoJSON file must open in ogrinfo with our feature count. */
class CommittedGeoJsonInOgrinfoTest {
    private static final Pattern COUNT = Pattern.compile("Feature Count: (\\d+)");

    static Stream<Path> committedGeoJson() throws IOException {
        try (Stream<Path> maps = Files.walk(Path.of("maps")); Stream<Path> samples = Files.walk(Path.of("samples"))) {
            List<Path> all = Stream.concat(maps, samples).filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
            return all.stream();
        }
    }

    private static boolean ogrinfoOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "ogrinfo")));
    }

    @ParameterizedTest
    @MethodSource("committedGeoJson")
    void opensInOgrinfoWithTheSameFeatureCount(Path file) throws Exception {
        Assumptions.assumeTrue(ogrinfoOnPath(), "ogrinfo (gdal-bin) is not installed");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Matcher m = COUNT.matcher(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(m.find()).as(out).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(new GeoJsonReader().read(file).size()).isPositive();
        assertThat(out).doesNotContain("ERROR");
    }
}
