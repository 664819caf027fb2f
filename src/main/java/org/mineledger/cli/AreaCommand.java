package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.cli.NamedPolygons.Named;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.validity.AreaValidity;
import org.mineledger.geo.validity.ValidityProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mineledger area FILE}: geodesic area and perimeter on WGS84 of each hazard area of a workspace
 * ({@code .gpkg}) or each polygon of a GeoJSON FeatureCollection.
 */
@Command(name = "area",
        description = "Prints the geodesic area (m²) and perimeter (m) on WGS84 of each hazard area in a workspace"
                + " (.gpkg) or each polygon in a GeoJSON file.")
public final class AreaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a workspace (.gpkg) or a GeoJSON file (WGS84)")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Named> polygons = NamedPolygons.of(file, false);
        if (polygons.isEmpty()) {
            spec.commandLine().getErr().println(file + ": there is no polygon to measure.");
            return MineLedgerCommand.USER_ERROR;
        }
        int faulty = 0;
        for (Named n : polygons) {
            // a crossing boundary or a hole outside it has no meaningful area: say why instead of a wrong figure
            Optional<ValidityProblem> fault = AreaValidity.of(n.polygon(), List.of(), 1.0)
                    .problems().stream().filter(ValidityProblem::blocksSaving).findFirst();
            if (fault.isPresent()) {
                faulty++;
                out.printf(Locale.ROOT, "%s\tnot measured: %s%n", n.name(), fault.get().message());
                continue;
            }
            GeodesicArea a = new GeodesicArea(n.polygon());
            out.printf(Locale.ROOT, "%s\tarea %.3f m2\tperimeter %.3f m%n", n.name(), a.area(), a.perimeter());
        }
        if (faulty > 0) {
            out.printf(Locale.ROOT, "%d of %d polygon(s) not measured: fix them first (mineledger validate %s lists "
                    + "every fault).%n", faulty, polygons.size(), file);
        }
        out.flush();
        return faulty > 0 ? 1 : 0;
    }
}
