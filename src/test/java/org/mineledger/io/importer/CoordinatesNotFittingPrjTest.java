package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shapefile whose .prj (or --crs) names the wrong system gets one problem of the whole file saying the
 * coordinates do not fit it and what to do, not a message about every corner.
 */
class CoordinatesNotFittingPrjTest {
    @TempDir
    Path dir;

    @Test
    void finnishMetresUnderWgs84PrjIsOneFileProblem() throws IOException {
        SourceLayer layer = read(copy("e3067", "degrees.prj"), null);

        assertThat(layer.fileProblems()).singleElement().asString()
                .contains("e3067.prj", "EPSG:4326", "look like projected metres", "--crs EPSG:");
        assertOnlyPointsToTheFileProblem(layer);
    }

    @Test
    void finnishMetresUnderPolishPrjIsOneFileProblemNamingPoland() throws IOException {
        SourceLayer layer = read(copy("e3067", "e2180.prj"), null);

        assertThat(layer.fileProblems()).singleElement().asString()
                .contains("do not fit", "e3067.prj", "EPSG:2180", "outside Poland", "Check the .prj");
        assertOnlyPointsToTheFileProblem(layer);
    }

    @Test
    void degreesUnderFinnishPrjIsOneFileProblem() throws IOException {
        SourceLayer layer = read(copy("degrees", "e3067.prj"), null);

        assertThat(layer.fileProblems()).singleElement().asString()
                .contains("degrees.prj", "EPSG:3067", "look like longitude and latitude in degrees");
        assertOnlyPointsToTheFileProblem(layer);
    }

    @Test
    void wrongCrsOptionIsNamedInsteadOfThePrj() throws IOException {
        SourceLayer layer = read(copy("e3067", "e3067.prj"), 2180);

        assertThat(layer.fileProblems()).singleElement().asString()
                .contains("--crs EPSG:2180", "outside Poland", "Check the EPSG number given with --crs");
    }

    private void assertOnlyPointsToTheFileProblem(SourceLayer layer) {
        assertThat(layer.features()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.geometry()).isNull();
            assertThat(f.problems()).singleElement().asString().contains("do not fit", "whole file");
        });
        ImportPreview p = ImportPreview.of(layer, ImportOptions.defaults(), java.util.Set.of(), 1,
                java.time.Instant.EPOCH);
        assertThat(p.withProblems()).allSatisfy(c -> assertThat(String.join(" ", c.problems()))
                .doesNotContain("outside the globe", "Move or delete"));
    }

    private SourceLayer read(Path shp, Integer crs) {
        ImportOptions o = ImportOptions.defaults();
        o = new ImportOptions(o.limits(), o.layer(), crs, o.csv(), o.mapping(), o.defaultKind(), o.defaultStatus());
        return SourceFormat.of(shp).read(shp, o);
    }

    /** The fixture {@code base}'s shapefile in the temporary folder, with the .prj of {@code prj}. */
    private Path copy(String base, String prj) throws IOException {
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            Files.copy(Fixtures.fixture("national-grids/" + base + "." + ext), dir.resolve(base + "." + ext));
        }
        Files.copy(Fixtures.fixture("national-grids/" + prj), dir.resolve(base + ".prj"));
        return dir.resolve(base + ".shp");
    }
}
