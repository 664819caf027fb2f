package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the convert, area and traverse commands; expected values come from GeoConvert, cs2cs, Planimeter, GeodSolve. */
class GeoCommandsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String out() {
        return console.out().replace("\r\n", "\n");
    }

    @Test
    void convertsToMgrsAndUtmLikeGeoConvert() {
        // echo "60.5 27.5" | GeoConvert -m -p 0   -> 35VNH2746607201
        // echo "60.5 27.5" | GeoConvert -u -p 3   -> 35n 527466.760 6707201.478
        int code = MineLedgerCommand.run("convert", "--to", "mgrs", "--precision", "1m", "60.5 N, 27.5 E", "60°30′N 27°30′E");
        assertThat(code).isZero();
        assertThat(out()).isEqualTo("35VNH2746607201\n35VNH2746607201\n");
        console.resetOut();
        // echo "60.5 27.5" | GeoConvert -m -p 3 -> 35VNH2746675907201478; read back by GeoConvert -u -p 4 it is
        // 35n 527466.7595 6707201.4785 (the centre of the 1 mm square), printed at 1 mm below (half-up)
        assertThat(MineLedgerCommand.run("convert", "--to", "utm", "35VNH2746675907201478")).isZero();
        assertThat(out()).isEqualTo("35N 527466.760 6707201.479\n");
    }

    @Test
    void convertsUtmToMgrsDigitForDigitLikeGeoConvert() {
        // echo "16n 587926 6066048" | GeoConvert -m -p 0 -> 16UEF8792666048
        // echo "33n 700000 5100000" | GeoConvert -m -p 3 -> 33TYM0000000000000000
        assertThat(MineLedgerCommand.run("convert", "--to", "mgrs", "--precision", "1m", "16N 587926 6066048")).isZero();
        assertThat(MineLedgerCommand.run("convert", "--to", "mgrs", "33N 700000 5100000")).isZero();
        assertThat(MineLedgerCommand.run("convert", "--to", "utm", "33N 700000 5100000")).isZero();
        assertThat(out()).isEqualTo("16UEF8792666048\n33TYM0000000000000000\n33N 700000.000 5100000.000\n");
    }

    @Test
    void convertsSouthernMgrsLikeGeoConvert() {
        // echo 34HBH1234567890 | GeoConvert -p 9 -> -33.690012974 17.896913918
        assertThat(MineLedgerCommand.run("convert", "--to", "latlon", "34HBH1234567890")).isZero();
        assertThat(out()).isEqualTo("33.690012974 S, 17.896913918 E\n");
    }

    @Test
    void convertsToNationalGridLikeCs2cs() {
        // echo "50 24.1" | cs2cs -d 4 EPSG:4326 EPSG:2180 -> 249438.1953 865308.5462 (northing, easting)
        int code = MineLedgerCommand.run("convert", "--to", "epsg:2180", "50 N 24.1 E");
        assertThat(code).isZero();
        assertThat(out()).isEqualTo("EPSG:2180 N 249438.195 E 865308.546\n");
    }

    @Test
    void badCoordinatePrintsTheParseMessageAndFails() {
        int code = MineLedgerCommand.run("convert", "--to", "latlon", "35VIO2746607201", "60.5 27.5");
        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("'35VIO2746607201': MGRS square letters 'IO' are not valid (column 4):"
                + " I and O are never used");
        assertThat(out()).isEqualTo("60.500000000 N, 27.500000000 E\n");
    }

    @Test
    void printsGeodesicAreaPerPolygonLikePlanimeter(@TempDir Path dir) throws IOException {
        // Planimeter -p 12 (see make-geodesy-reference.sh): field-ccw 301.4157288676 m, 5042.43923 m2;
        // field-hole 88.5327162664 m, 489.85482 m2
        Path f = dir.resolve("areas.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"reference":"HA-0001"},"geometry":{"type":"Polygon","coordinates":[
                   [[27.5,60.5],[27.50183,60.5],[27.50183,60.50045],[27.5,60.50045],[27.5,60.5]],
                   [[27.5004,60.5001],[27.5004,60.5003],[27.5008,60.5003],[27.5008,60.5001],[27.5004,60.5001]]]}},
                 {"type":"Feature","id":"F2","properties":{},"geometry":{"type":"Polygon","coordinates":[
                   [[27.5,60.5],[27.50183,60.5],[27.50183,60.50045],[27.5,60.50045],[27.5,60.5]]]}}]}
                """);
        assertThat(MineLedgerCommand.run("area", f.toString())).isZero();
        assertThat(out()).isEqualTo("HA-0001\tarea 4552.584 m2\tperimeter 389.948 m\n"
                + "F2\tarea 5042.439 m2\tperimeter 301.416 m\n");
    }

    @Test
    void computesGridTraverseLikeGeoConvertAndGeodSolve(@TempDir Path dir) throws IOException {
        // make-geodesy-reference.sh, "traverse grid-square": GeoConvert -c convergence + GeodSolve per leg gives
        // TP2 60.50077738882150 25.90152436396088, TP3 60.50027666514909 25.90257402054218,
        // TP4 60.49949928822543 25.90104965502429, closing point 60.50000000007704 25.90000000027946
        Path f = dir.resolve("grid.trv");
        Files.writeString(f, """
                # fictional training traverse
                rp: 60.5 N, 25.9 E
                unit: mils          # NATO: 45 deg = 800 mil
                north: grid
                grid: utm35
                output: latlon
                precision: 1mm
                leg: 800 120.5
                leg: 2400 80.25
                leg: 4000 120.5
                leg: 5600 80.25
                tolerance: 0.05
                """);
        int code = MineLedgerCommand.run("traverse", f.toString());
        assertThat(console.err()).isEmpty();
        assertThat(code).isZero();
        assertThat(out()).contains("TP1\t60.500000000 N, 25.900000000 E\n")
                .contains("TP2\t60.500777389 N, 25.901524364 E\n")
                .contains("TP3\t60.500276665 N, 25.902574021 E\n")
                .contains("TP4\t60.499499288 N, 25.901049655 E\n")
                .contains("closing point\t60.500000000 N, 25.900000000 E\n")
                .contains("acceptable\tclosure 0.000 m within tolerance 0.050 m");
    }

    @Test
    void convertTakesNegativeCoordinatesWithoutDoubleDashAndNamesAMistypedOption() {
        // GeoConvert -u -p 3 <<< "-33.9 18.4" gives 34s 259583.222 6245888.045
        assertThat(MineLedgerCommand.run("convert", "--to", "utm", "-33.9 18.4")).isZero();
        assertThat(MineLedgerCommand.run("convert", "-33.9 18.4", "--to", "utm")).isZero();
        assertThat(console.out()).contains("34S 259583.222 6245888.045\n34S 259583.222 6245888.045");
        assertThat(MineLedgerCommand.run("convert", "--to", "utm", "--form", "latlon", "60 24"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Unknown option: '--form'");
    }

    @Test
    void traverseWithABadLegNamesTheLeg(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.trv");
        Files.writeString(f, "rp: 35VNH2746607201\nunit: mils\nleg: 0 100\nleg: 6400 100\nleg: 3200 100\n");
        assertThat(MineLedgerCommand.run("traverse", f.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("leg 2 (line 4): Bearing 6400 mil is out of range: it must be at least 0 and less than 6400 mil.");
    }

    @Test
    void traverseThatDoesNotCloseIsNotAcceptable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("open.trv");
        Files.writeString(f, "rp: 60.5 27.5\nleg: 0 100\nleg: 90 100\nleg: 180 100\nleg: 270 90\n");
        assertThat(MineLedgerCommand.run("traverse", f.toString())).isEqualTo(3);
        assertThat(out()).contains("NOT ACCEPTABLE\tclosure 10.0");
    }
}
