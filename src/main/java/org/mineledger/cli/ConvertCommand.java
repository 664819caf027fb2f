package org.mineledger.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger convert --to mgrs "60.5 N, 27.5 E"}: one converted coordinate per line. */
@Command(name = "convert",
        description = {"Converts coordinates between lat/lon, D°M′S″, UTM, MGRS and national grids (WGS84/ETRS89).",
            "Input is recognised automatically; national grid input needs an EPSG: prefix or --from."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "SYSTEM",
            description = "latlon, dms, utm, mgrs or epsg:3067, epsg:2180, epsg:3346, epsg:3059, epsg:3301")
    private String to;

    @Option(names = "--from", paramLabel = "SYSTEM", description = "read input in this system instead of recognising it")
    private String from;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "1mm",
            description = "ground precision of the output: 1m, 1dm, 1cm or 1mm (default ${DEFAULT-VALUE})")
    private String precision;

    @Parameters(arity = "1..*", paramLabel = "COORD", description = "coordinates; quote each one that has spaces")
    private List<String> coordinates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CoordinateFormatter formatter;
        CoordinateParser parser;
        try {
            formatter = new CoordinateFormatter(CoordinateSystem.of(to), Precision.parse(precision));
            parser = from == null ? new CoordinateParser() : new CoordinateParser(CoordinateSystem.of(from));
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
        for (String c : coordinates) {
            // negative coordinates ("-33.9 18.4") are taken as coordinates (see MineLedgerCommand.configured), so a
            // mistyped option arrives here: name it as picocli would
            if (c.matches("--?[A-Za-z].*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option: '" + c + "'");
            }
        }
        int failures = 0;
        for (String c : coordinates) {
            try {
                out.println(formatter.convert(c, parser));
            } catch (IllegalArgumentException ex) {
                err.println("'" + c.strip() + "': " + ex.getMessage());
                failures++;
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : MineLedgerCommand.USER_ERROR;
    }
}
