package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * Shapefile and GeoPackage written by GDAL in UTM 36N read back to the WGS84 coordinates they were made from
 * (fixtures/README.md): the projection of PROJ forward and proj4j back must agree to about 1 cm.
 */
class ProjectedSourcesTest {
    /** 1e-7 degrees is about 1 cm of latitude. */
    private static final double DEGREES = 1e-7;

    @ParameterizedTest
    @ValueSource(strings = {"utm36.shp", "utm36.gpkg"})
    void readsUtmPolygonsBackToTheirWgs84Coordinates(String name) {
        SourceLayer layer = SourceFormat.of(Path.of(name)).read(Fixtures.fixture(name), ImportOptions.defaults());

        assertThat(layer.fileProblems()).isEmpty();
        assertThat(layer.features()).hasSize(2);
        Polygon first = (Polygon) layer.features().get(0).geometry();
        assertThat(first.getNumInteriorRing()).as("the hole stays a hole").isEqualTo(1);
        assertNear(first.getExteriorRing().getCoordinates(), 30.50, 50.40, 30.51, 50.41);
        assertNear(first.getInteriorRingN(0).getCoordinates(), 30.503, 50.403, 30.506, 50.406);
        Geometry second = layer.features().get(1).geometry();
        assertThat(second).isInstanceOf(MultiPolygon.class);
        assertThat(second.getNumGeometries()).isEqualTo(2);
        assertThat(layer.features().get(1).text("name")).isEqualTo("Хутір (Cyrillic test)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utm36.shp", "utm36.gpkg", "areas.geojson"})
    void previewMapsAttributesAndSplitsMultipolygons(String name) {
        SourceLayer layer = SourceFormat.of(Path.of(name)).read(Fixtures.fixture(name), ImportOptions.defaults());

        ImportPreview p = ImportPreview.of(layer, ImportOptions.defaults(), Set.of("HA-0001"), 1, Instant.EPOCH);

        assertThat(p.withProblems()).isEmpty();
        List<ImportCandidate> ready = p.ready();
        assertThat(ready).extracting(c -> c.draft().reference().value())
                .containsExactly("HA-0002", "HA-0003", "HA-0004");
        assertThat(ready).extracting(c -> c.draft().kind())
                .containsExactly(HazardKind.CONFIRMED, HazardKind.SUSPECTED, HazardKind.SUSPECTED);
        assertThat(ready).extracting(c -> c.draft().status())
                .containsExactly(HazardStatus.ACTIVE, HazardStatus.REDUCED, HazardStatus.REDUCED);
        assertThat(ready.get(2).draft().name()).isEqualTo("Хутір (Cyrillic test) (part 2 of 2)");
        assertThat(ready.get(2).featureLabel()).endsWith(" part 2");
    }

    private static void assertNear(Coordinate[] ring, double minLon, double minLat, double maxLon, double maxLat) {
        for (Coordinate c : ring) {
            assertThat(c.x).satisfiesAnyOf(x -> assertThat(x).isCloseTo(minLon, within(DEGREES)),
                    x -> assertThat(x).isCloseTo(maxLon, within(DEGREES)));
            assertThat(c.y).satisfiesAnyOf(y -> assertThat(y).isCloseTo(minLat, within(DEGREES)),
                    y -> assertThat(y).isCloseTo(maxLat, within(DEGREES)));
        }
    }
}
