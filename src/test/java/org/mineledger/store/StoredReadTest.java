package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.io.sample.SampleCatalog;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.InvalidPolygonException;

/**
 * Opening reads polygons the app validated before writing them without checking their topology again;
 * {@code check} still checks every polygon in full.
 */
class StoredReadTest {
    @TempDir
    Path dir;

    @Test
    void theTrustedReadGivesTheSameAreasAsTheFullyCheckedReadForEverySample() throws Exception {
        for (String id : new SampleCatalog().ids()) {
            Path file = dir.resolve(id + ".gpkg");
            SampleInstaller.install(id, file);
            try (Workspace ws = Workspace.open(file)) {
                List<HazardArea> checked = new ArrayList<>();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    for (HazardAreaTable.Row row : HazardAreaTable.rows(c)) {
                        checked.add(row.toHazardArea());
                    }
                }
                assertThat(checked).as(id).isNotEmpty();
                assertThat(ws.hazards()).as(id).isEqualTo(checked);
                assertThat(ws.hazard(checked.get(0).id())).contains(checked.get(0));
            }
        }
    }

    @Test
    void checkFindsASelfIntersectingPolygonWrittenBehindTheAppsBackThatOpeningDoesNotCheck() throws Exception {
        Path file = dir.resolve("tampered.gpkg");
        HazardArea stored;
        try (Workspace ws = Workspace.create(file)) {
            stored = ws.add(Samples.draft(7, 27.0, 58.0));
        }
        // A bow tie: corners 2 and 3 swapped, so two edges cross.
        Coordinate[] c = stored.polygon().getCoordinates();
        Coordinate[] bowTie = {c[0], c[2], c[1], c[3], c[0]};
        TamperedWorkspace.replaceGeometry(file, stored.id(), Samples.GF.createPolygon(bowTie).getCoordinates());

        try (Workspace ws = Workspace.open(file)) {
            HazardArea read = ws.hazards().get(0);
            assertThat(read.polygon().getCoordinates()).containsExactly(bowTie);
            assertThat(read.polygon().isValid()).isFalse();
            // Any change re-checks it in full: an invalid boundary cannot be saved again.
            assertThatThrownBy(() -> read.withStatus(HazardStatus.REDUCED, read.updatedAt()))
                    .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("self-intersection");

            CheckReport report = ws.check();
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).anySatisfy(p -> assertThat(p)
                    .contains(stored.reference().value()).contains("self-intersection"));
        }
    }

    @Test
    void openingStillRefusesAVertexOffTheGlobe() throws Exception {
        Path file = dir.resolve("off-globe.gpkg");
        HazardArea stored;
        try (Workspace ws = Workspace.create(file)) {
            stored = ws.add(Samples.draft(8, 27.0, 58.0));
        }
        Coordinate[] c = stored.polygon().getCoordinates();
        TamperedWorkspace.replaceGeometry(file, stored.id(), new Coordinate[] {c[0], c[1], new Coordinate(27.0, 95.0), c[3], c[0]});

        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(ws::hazards).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(stored.reference().value()).hasMessageContaining("outside the globe")
                    .hasMessageContaining("mineledger check");
        }
    }
}
