package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Shapefiles in the national grids of DOMAIN.md and ETRS89-LAEA, written by GDAL with the .prj in each form
 * GDAL, QGIS and ArcGIS write it (fixtures/national-grids/make-national-grids.sh), read back to the WGS84
 * coordinates PROJ's cs2cs gives for their vertices, to 1 mm.
 */
class NationalGridShapefilesTest {
    /** Metres per degree of latitude (near enough for a 1 mm tolerance). */
    private static final double METRES_PER_DEGREE = 111_320;
    private static final double MILLIMETRE = 0.001;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "EPSG:{0} from its {1} .prj")
    @CsvSource({
        "3067, prj", "3067, wkt1.prj", "3067, wkt1-simple.prj", "3067, wkt2.prj",
        "3301, prj", "3301, wkt1.prj", "3301, wkt1-simple.prj", "3301, wkt2.prj",
        "2180, prj", "2180, wkt1.prj", "2180, wkt1-simple.prj", "2180, wkt2.prj",
        "3059, prj", "3059, wkt1.prj", "3059, wkt1-simple.prj", "3059, wkt2.prj",
        "3346, prj", "3346, wkt1.prj", "3346, wkt1-simple.prj", "3346, wkt2.prj",
        "3035, prj", "3035, wkt1.prj", "3035, wkt1-simple.prj", "3035, wkt2.prj"})
    void readsNationalGridShapefileToTheWgs84OfCs2cs(int epsg, String prjForm) throws IOException {
        Path shp = shapefileWithPrj(epsg, prjForm);

        assertThat(WktCrs.epsg(Files.readString(shp.resolveSibling("e" + epsg + ".prj")))).hasValue(epsg);
        SourceLayer layer = SourceFormat.of(shp).read(shp, ImportOptions.defaults());

        assertThat(layer.fileProblems()).isEmpty();
        assertThat(layer.features()).hasSize(1);
        assertThat(layer.features().get(0).problems()).isEmpty();
        Polygon square = (Polygon) layer.features().get(0).geometry();
        assertThat(square.getNumInteriorRing()).as("the hole stays a hole").isEqualTo(1);
        List<Coordinate> expected = cs2cs(epsg);
        for (Coordinate c : square.getCoordinates()) {
            assertThat(expected).as("vertex %s of EPSG:%d", c, epsg).anySatisfy(e ->
                    assertThat(metresBetween(c, e)).isLessThan(MILLIMETRE));
        }
        for (Coordinate e : expected) {
            assertThat(square.getCoordinates()).as("cs2cs vertex %s", e).anySatisfy(c ->
                    assertThat(metresBetween(c, e)).isLessThan(MILLIMETRE));
        }
    }

    /** The fixture's .shp, .shx, .dbf and .cpg copied beside the .prj of the form asked for. */
    private Path shapefileWithPrj(int epsg, String prjForm) throws IOException {
        String base = "e" + epsg;
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            Files.copy(grid(base + "." + ext), dir.resolve(base + "." + ext));
        }
        Files.copy(grid(base + "." + prjForm), dir.resolve(base + ".prj"));
        return dir.resolve(base + ".shp");
    }

    private static List<Coordinate> cs2cs(int epsg) throws IOException {
        List<Coordinate> out = new ArrayList<>();
        for (String line : Files.readAllLines(grid("e" + epsg + ".wgs84"))) {
            String[] lonLat = line.trim().split("\\s+");
            out.add(new Coordinate(Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])));
        }
        return out;
    }

    private static double metresBetween(Coordinate a, Coordinate b) {
        double north = (a.y - b.y) * METRES_PER_DEGREE;
        double east = (a.x - b.x) * METRES_PER_DEGREE * Math.cos(Math.toRadians(a.y));
        return Math.hypot(north, east);
    }

    private static Path grid(String name) {
        return Fixtures.fixture("national-grids/" + name);
    }
}
