package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineledger.cli.NamedPolygons.Named;
import org.mineledger.geo.validity.AreaValidity;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.ValidityProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mineledger validate FILE.geojson|WORKSPACE.gpkg}: every fault of every polygon and of its holes (crossing
 * edges, duplicate corners, spikes, holes outside the boundary or touching, overlaps with the other polygons
 * measured with the holes taken out), one per line; a hole's fault names the hole. Exit 0 when nothing blocks
 * saving (spikes and overlaps are warnings), 1 when some polygon must be fixed, 2 when the input cannot be read.
 */
@Command(name = "validate",
        description = "Lists every fault of each polygon of a GeoJSON file or workspace, holes included: crossing "
                + "edges, duplicate corners, spikes, holes outside the boundary, overlaps (geodesic m², land in holes "
                + "not counted). Exit 1 when a polygon must be fixed.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a GeoJSON FeatureCollection or a .gpkg workspace")
    private Path file;

    @Option(names = "--spike", paramLabel = "DEGREES", defaultValue = "1.0",
            description = "corners sharper than this are reported as spikes (default ${DEFAULT-VALUE}°)")
    private double spikeDegrees;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Named> polygons = NamedPolygons.of(file, true);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException(file + ": no Polygon or MultiPolygon found; nothing to validate.");
        }
        STRtree index = new STRtree();
        for (Named n : polygons) {
            index.insert(n.polygon().getEnvelopeInternal(), n);
        }
        int blocking = 0;
        int warnings = 0;
        for (Named n : polygons) {
            List<Neighbour> near = new ArrayList<>();
            for (Object o : index.query(n.polygon().getEnvelopeInternal())) {
                Named other = (Named) o;
                if (other != n) {
                    near.add(new Neighbour(other.name(), other.polygon()));
                }
            }
            List<ValidityProblem> problems = AreaValidity.of(n.polygon(), near, spikeDegrees).problems();
            if (problems.isEmpty()) {
                out.println(n.name() + "\tok");
            }
            for (ValidityProblem p : problems) {
                out.println(n.name() + "\t" + p.kind() + "\t" + (p.ring() == 0 ? "" : "hole " + p.ring() + " ")
                        + "vertex " + p.vertex() + "\t" + p.message());
                if (p.blocksSaving()) {
                    blocking++;
                } else {
                    warnings++;
                }
            }
        }
        out.printf(Locale.ROOT, "%d polygons: %d faults to fix, %d warnings%n", polygons.size(), blocking, warnings);
        out.flush();
        return blocking > 0 ? 1 : 0;
    }
}
