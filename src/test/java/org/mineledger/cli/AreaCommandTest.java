package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code area} measures valid polygons only: a faulty one gets the reason, never a zero or negative area. */
class AreaCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void faultyPolygonsAreNamedWithTheirFaultAndNotMeasured() throws Exception {
        Path f = dir.resolve("mixed.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"reference":"HA-0901"},"geometry":{"type":"Polygon","coordinates":[
                 [[24.5,60.5],[24.51,60.505],[24.51,60.5],[24.5,60.505],[24.5,60.5]]]}},
                {"type":"Feature","properties":{"reference":"HA-0902"},"geometry":{"type":"Polygon","coordinates":[
                 [[24.5,60.5],[24.51,60.5],[24.51,60.505],[24.5,60.505],[24.5,60.5]],
                 [[24.6,60.5],[24.6,60.505],[24.61,60.505],[24.61,60.5],[24.6,60.5]]]}},
                {"type":"Feature","properties":{"reference":"HA-0903"},"geometry":{"type":"Polygon","coordinates":[
                 [[24.5,60.5],[24.51,60.5],[24.51,60.505],[24.5,60.505],[24.5,60.5]],
                 [[24.4,60.4],[24.4,60.6],[24.6,60.6],[24.6,60.4],[24.4,60.4]]]}},
                {"type":"Feature","properties":{"reference":"HA-0904"},"geometry":{"type":"Polygon","coordinates":[
                 [[24.5,60.5],[24.51,60.5],[24.51,60.505],[24.5,60.505],[24.5,60.5]]]}}]}
                """);

        int code = MineLedgerCommand.run("area", f.toString());

        assertThat(code).as("a check that found something exits 1").isEqualTo(1);
        String out = console.out();
        assertThat(out).containsPattern("HA-0901\tnot measured: Edges 1–2 and 3–4 cross")
                .containsPattern("HA-0902\tnot measured: Hole 1: .+ not inside the outer boundary")
                .containsPattern("HA-0903\tnot measured: Hole 1: .+")
                .containsPattern("HA-0904\tarea [0-9.]+ m2\tperimeter [0-9.]+ m")
                .contains("3 of 4 polygon(s) not measured", "mineledger validate")
                .doesNotContain("area 0.000", "area -");
    }
}
