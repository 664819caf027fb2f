package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.io.geojson.GeoJsonFeature;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;
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

    private record Named(String name, Polygon polygon) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Named> polygons = file.toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? fromWorkspace()
                : fromGeoJson();
        if (polygons.isEmpty()) {
            spec.commandLine().getErr().println(file + ": there is no polygon to measure.");
            return MineLedgerCommand.USER_ERROR;
        }
        for (Named n : polygons) {
            GeodesicArea a = new GeodesicArea(n.polygon());
            out.printf(Locale.ROOT, "%s\tarea %.3f m2\tperimeter %.3f m%n", n.name(), a.area(), a.perimeter());
        }
        out.flush();
        return 0;
    }

    private List<Named> fromWorkspace() {
        try (Workspace ws = Workspace.open(file)) {
            return ws.hazards().stream()
                    .map((HazardArea a) -> new Named(a.reference().value(), a.polygon())).toList();
        }
    }

    private List<Named> fromGeoJson() {
        List<Named> out = new ArrayList<>();
        for (GeoJsonFeature f : new GeoJsonReader().read(file)) {
            String name = featureName(f);
            Geometry g = f.geometry();
            if (g instanceof Polygon p) {
                out.add(new Named(name, p));
            } else if (g != null && g.getGeometryType().equals(Geometry.TYPENAME_MULTIPOLYGON)) {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    out.add(new Named(name + " part " + (i + 1), (Polygon) g.getGeometryN(i)));
                }
            }
            // points and lines have no area; they are skipped
        }
        return out;
    }

    private static String featureName(GeoJsonFeature f) {
        for (String key : new String[] {"reference", "ref", "id", "name"}) {
            String v = f.text(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return f.id().isEmpty() ? "feature " + f.number() : f.id();
    }
}
