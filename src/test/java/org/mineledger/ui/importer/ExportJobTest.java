package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The background export of the export dialog: progress to the end, or cancel that leaves no partial file. */
class ExportJobTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void exportReportsProgressToTheEnd(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("areas.geojson");
        ExportJob job = new ExportJob(ExportFormat.GEOJSON, List.of(area(1), area(2), area(3)), out, "", "");

        new Thread(job).start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(job::getState) == Worker.State.SUCCEEDED);

        assertThat(onFx(job::getValue)).isEqualTo(3);
        assertThat(onFx(job::getProgress)).isEqualTo(1.0);
        assertThat(Files.readString(out)).contains("HA-0001", "HA-0003");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GEOJSON", "SHAPEFILE", "CSV", "KML", "GPX"})
    void cancelledExportLeavesNoPartialFile(ExportFormat format, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("areas." + format.extension());
        ExportJob[] job = new ExportJob[1];
        // the job is cancelled (as by the Cancel button) while the writer takes area 5 of 50
        List<HazardArea> areas = new AbstractList<>() {
            @Override
            public HazardArea get(int i) {
                if (i == 4) {
                    job[0].cancel();
                }
                return area(i + 1);
            }

            @Override
            public int size() {
                return 50;
            }
        };
        job[0] = new ExportJob(format, areas, out, "TRAINING — FICTIONAL DATA", "");

        new Thread(job[0]).start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(job[0]::getState) == Worker.State.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();

        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    /** Task state may only be read on the FX thread. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    /** Training area {@code n} (id n, HA-000n), a small square east of the previous one. */
    static HazardArea area(int n) {
        double lon = 30.5 + n * 0.02;
        var p = GF.createPolygon(new Coordinate[] {new Coordinate(lon, 50.4), new Coordinate(lon + 0.01, 50.4),
            new Coordinate(lon + 0.01, 50.41), new Coordinate(lon, 50.41), new Coordinate(lon, 50.4)});
        return new HazardArea(n, HazardReference.numbered(n), "Training area " + n, HazardKind.SUSPECTED,
                HazardStatus.ACTIVE, p, "", Instant.parse("2026-11-25T05:30:00Z"), Instant.parse("2026-11-25T05:30:00Z"));
    }
}
