package org.mineledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Declination;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.Grid;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.Precision;
import org.mineledger.geo.Traverse;
import org.mineledger.geo.TraverseLeg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mineledger traverse FILE}: computes turning points, closure and area of a recorded traverse.
 *
 * <p>The file has one {@code key: value} per line; {@code #} starts a comment; keys are:
 * <pre>
 * rp: 60.5 N, 27.5 E            reference point, any supported coordinate (or landmark + landmark-to-rp)
 * landmark: 35VNH2746607201      landmark, if the RP is tied to it
 * landmark-to-rp: 1600 250       bearing and distance (m) from the landmark to the RP
 * rp-to-tp1: 800 25              bearing and distance from the RP to TP1 (omit when the RP is TP1)
 * unit: mils                     degrees (default) or mils (NATO, 6400)
 * north: grid                    true (default), grid or magnetic
 * grid: utm35                    grid of grid bearings: utmNN or EPSG:3067, 2180, 3346, 3059, 3301
 * declination: 9.5 E 2025-06-01  magnetic declination (E or W, or signed degrees east) and its date
 * leg: 0 100                     bearing and distance of each leg TP1-TP2 ... TPn-TP1, in order
 * output: mgrs                   system for printed points (default latlon), precision: 1cm (default)
 * tolerance: 0.5                 largest acceptable closure in metres (default 0.5)
 * </pre>
 * Exit code 0 when the traverse closes within tolerance, 3 when it does not, 1 for a file error.
 */
@Command(name = "traverse",
        description = "Computes turning points, closure error and area of a traverse file.",
        footer = {"", "The file has one 'key: value' per line; '#' starts a comment:",
            "  rp: 60.5 N, 27.5 E            reference point, any supported coordinate",
            "  landmark: 35VNH2746607201      landmark the RP is tied to (optional)",
            "  landmark-to-rp: 1600 250       bearing and distance (m) from the landmark to the RP",
            "  rp-to-tp1: 800 25              bearing and distance from the RP to TP1 (omit when RP is TP1)",
            "  unit: mils                     degrees (default) or mils (NATO, 6400)",
            "  north: grid                    true (default), grid or magnetic",
            "  grid: utm35                    grid of grid bearings: utmNN or EPSG:3067, 2180, 3346, 3059, 3301",
            "  declination: 9.5 E 2025-06-01  magnetic declination and the date it was taken",
            "  leg: 0 100                     bearing and distance of each leg TP1-TP2 ... TPn-TP1, in order",
            "  output: mgrs                   system for printed points (default latlon)",
            "  precision: 1cm                 printed precision (default 1cm)",
            "  tolerance: 0.5                 largest acceptable closure in metres (default 0.5)",
            "Exit code 0 when the traverse closes within tolerance, 3 when it does not, 1 when a line cannot be read, "
            + "2 when the file is missing or unreadable."})
public final class TraverseCommand implements Callable<Integer> {
    /** Default closure tolerance in metres; a record keeps its own value, users must set theirs. */
    private static final double DEFAULT_TOLERANCE_M = 0.5;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "traverse file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> lines;
        if (!Files.isRegularFile(file)) {
            err.println("The traverse file " + file + " does not exist" + (Files.isDirectory(file)
                    ? " (it is a folder)" : "") + "; check the name and folder.");
            return MineLedgerCommand.USER_ERROR;
        }
        try {
            lines = Files.readAllLines(file);
        } catch (IOException ex) {
            err.println("Cannot read the traverse file " + file + " (" + ex.getMessage()
                    + "); check that it is a text file you may read.");
            return MineLedgerCommand.USER_ERROR;
        }
        try {
            return run(lines, out);
        } catch (IllegalArgumentException ex) {
            err.println(file + ": " + ex.getMessage());
            err.flush();
            return MineLedgerCommand.USER_ERROR; // a file that cannot be read is a user error, as everywhere
        }
    }

    private int run(List<String> lines, PrintWriter out) {
        String rp = null;
        String landmark = null;
        String landmarkToRp = null;
        String rpToTp1 = null;
        AngleUnit unit = AngleUnit.DEGREES;
        NorthReference north = NorthReference.TRUE;
        Grid grid = null;
        Declination declination = null;
        CoordinateSystem output = CoordinateSystem.LATLON;
        Precision precision = Precision.CENTIMETRE;
        double tolerance = DEFAULT_TOLERANCE_M;
        List<String> legs = new ArrayList<>();
        List<Integer> legLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 'key: value' but found '" + line + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            try {
                switch (key) {
                    case "rp", "reference-point" -> rp = value;
                    case "landmark", "lm" -> landmark = value;
                    case "landmark-to-rp" -> landmarkToRp = value;
                    case "rp-to-tp1" -> rpToTp1 = value;
                    case "unit" -> unit = AngleUnit.parse(value);
                    case "north" -> north = NorthReference.parse(value);
                    case "grid" -> grid = Grid.of(value);
                    case "declination" -> declination = declination(value);
                    case "output" -> output = CoordinateSystem.of(value);
                    case "precision" -> precision = Precision.parse(value);
                    case "tolerance" -> tolerance = Double.parseDouble(value);
                    case "leg" -> {
                        legs.add(value);
                        legLines.add(i + 1);
                    }
                    default -> throw new IllegalArgumentException("unknown key '" + key + "'");
                }
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + ex.getMessage(), ex);
            }
        }
        NorthConversion conversion = new NorthConversion(grid, declination);
        CoordinateParser parser = new CoordinateParser();
        GeoPoint reference;
        if (rp != null) {
            reference = parser.parse(rp);
        } else if (landmark != null && landmarkToRp != null) {
            reference = Traverse.referenceFromLandmark(parser.parse(landmark),
                    leg(landmarkToRp, unit, north, "landmark-to-rp"), conversion);
        } else {
            throw new IllegalArgumentException("give the reference point (rp:) or a landmark with landmark-to-rp:");
        }
        List<TraverseLeg> parsed = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            parsed.add(leg(legs.get(i), unit, north, "leg " + (i + 1) + " (line " + legLines.get(i) + ")"));
        }
        TraverseLeg tie = rpToTp1 == null ? null : leg(rpToTp1, unit, north, "rp-to-tp1");
        Traverse t = new Traverse(reference, tie, parsed, conversion);
        CoordinateFormatter f = new CoordinateFormatter(output, precision);
        out.println("RP\t" + f.format(reference));
        for (int i = 0; i < t.turningPoints().size(); i++) {
            out.println("TP" + (i + 1) + "\t" + f.format(t.turningPoints().get(i)));
        }
        out.println("closing point\t" + f.format(t.closingPoint()));
        out.println("closure\t" + t.closure());
        GeodesicArea a = t.area();
        out.printf(Locale.ROOT, "area\t%.2f m2%nperimeter\t%.3f m (traversed %.3f m)%n", a.area(),
                a.exteriorPerimeter(), t.closure().traversedLength().metres());
        boolean bad = t.exceedsTolerance(new Distance(tolerance));
        out.printf(Locale.ROOT, "%s\tclosure %.3f m %s tolerance %.3f m%n", bad ? "NOT ACCEPTABLE" : "acceptable",
                t.closure().gap().metres(), bad ? "exceeds" : "within", tolerance);
        out.flush();
        return bad ? 3 : 0;
    }

    private static TraverseLeg leg(String text, AngleUnit unit, NorthReference north, String name) {
        String[] f = text.split("[\\s,;]+");
        if (f.length != 2) {
            throw new IllegalArgumentException(name + ": expected 'bearing distance' but found '" + text + "'");
        }
        try {
            return new TraverseLeg(new Bearing(Double.parseDouble(f[0]), unit, north),
                    new Distance(Double.parseDouble(f[1])));
        } catch (IllegalArgumentException ex) {
            String msg = ex instanceof NumberFormatException ? "'" + text + "' is not two numbers" : ex.getMessage();
            throw new IllegalArgumentException(name + ": " + msg, ex);
        }
    }

    private static Declination declination(String value) {
        String[] f = value.split("\\s+");
        try {
            double deg = Double.parseDouble(f[0]);
            int next = 1;
            if (f.length > 2 && f[1].matches("(?i)[EW]")) {
                deg = f[1].equalsIgnoreCase("W") ? -Math.abs(deg) : Math.abs(deg);
                next = 2;
            }
            if (f.length != next + 1) {
                throw new IllegalArgumentException("declination needs degrees, E or W, and the date, e.g. 9.5 E 2025-06-01");
            }
            return new Declination(deg, LocalDate.parse(f[next]));
        } catch (NumberFormatException | DateTimeParseException ex) {
            throw new IllegalArgumentException("declination '" + value + "' is not like 9.5 E 2025-06-01", ex);
        }
    }
}
