package org.mineledger.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.mineledger.cli.MineLedgerCommand;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.LayerKind;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

class SyntheticHazardsTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void areasAreValidOnLandInTheFiveCountriesWith8To200Vertices() {
        List<Geometry> countries = new BaseMapReader().load("world").layer(LayerKind.COUNTRY_BORDER).orElseThrow()
                .features().stream().filter(f -> SyntheticHazards.COUNTRIES.contains(f.label()))
                .map(BaseFeature::geometry).toList();
        List<HazardArea> areas = new SyntheticHazards(7).generate(300, 1, NOW);
        assertThat(areas).hasSize(300);
        assertThat(areas).allSatisfy(a -> {
            assertThat(a.polygon().isValid()).isTrue();
            assertThat(a.polygon().getNumPoints() - 1).isBetween(8, 200);
            assertThat(countries).anySatisfy(c -> assertThat(c.contains(a.polygon().getCentroid())).isTrue());
            assertThat(a.name()).startsWith("SYNTHETIC");
        });
        assertThat(areas.get(0).reference().value()).isEqualTo("HA-0001");
        assertThat(areas.get(299).reference().value()).isEqualTo("HA-0300");
    }

    @Test
    void theSameSeedGivesTheSameAreas() {
        List<HazardArea> a = new SyntheticHazards(42).generate(20, 1, NOW);
        List<HazardArea> b = new SyntheticHazards(42).generate(20, 1, NOW);
        List<HazardArea> c = new SyntheticHazards(43).generate(20, 1, NOW);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void generateCommandWritesASoundWorkspaceMarkedAsSynthetic(@TempDir Path dir) {
        Path file = dir.resolve("load.gpkg");
        assertThat(MineLedgerCommand.run("generate", "--hazards", "120", "--seed", "3", file.toString())).isZero();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.hazards()).hasSize(120);
            assertThat(ws.trainingBanner()).contains("SYNTHETIC");
            assertThat(ws.check().ok()).isTrue();
        }
    }
}
