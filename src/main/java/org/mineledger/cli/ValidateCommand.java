package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineledger.geo.validity.AreaValidity;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.io.DataFileException;
import org.mineledger.io.geojson.GeoJsonFeature;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
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

    private record Named(String name, Polygon polygon) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Named> polygons = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")
                ? fromWorkspace() : fromGeoJson();
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

    private List<Named> fromWorkspace() {
        try (Workspace ws = Workspace.open(file)) {
            List<Named> out = new ArrayList<>();
            for (HazardArea a : ws.hazards()) {
                out.add(new Named(a.reference().value() + " \"" + a.name() + "\"", a.polygon()));
            }
            return out;
        }
    }

    private List<Named> fromGeoJson() {
        List<Named> out = new ArrayList<>();
        List<GeoJsonFeature> features;
        try {
            features = new GeoJsonReader().read(file);
        } catch (DataFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // a bad file is the user's to fix: exit 2
        }
        for (GeoJsonFeature f : features) {
            String name = label(f);
            Geometry g = f.geometry();
            if (g instanceof Polygon p) {
                out.add(new Named(name, p));
            } else if (g != null && g.getGeometryType().equals("MultiPolygon")) {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    out.add(new Named(name + " part " + (i + 1), (Polygon) g.getGeometryN(i)));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no Polygon or MultiPolygon found; nothing to validate.");
        }
        return out;
    }

    private static String label(GeoJsonFeature f) {
        for (String key : new String[] {"reference", "name"}) {
            String v = f.text(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "feature " + f.number();
    }
}
