package org.mineledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mineledger area FILE.geojson}: geodesic area and perimeter of each polygon on WGS84. Reads only what
 * it needs of GeoJSON (RFC 7946: Polygon and MultiPolygon, alone, in a Feature or a FeatureCollection).
 */
@Command(name = "area", mixinStandardHelpOptions = true,
        description = "Prints the geodesic area (m²) and perimeter (m) on WGS84 of each polygon in a GeoJSON file.")
public final class AreaCommand implements Callable<Integer> {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "GeoJSON file (lon/lat in WGS84 degrees)")
    private Path file;

    private record Named(String name, Polygon polygon) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Named> polygons = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            collect(root, "", polygons);
            if (polygons.isEmpty()) {
                throw new IllegalArgumentException("no Polygon or MultiPolygon found");
            }
            for (Named n : polygons) {
                GeodesicArea a = new GeodesicArea(n.polygon());
                out.printf(Locale.ROOT, "%s\tarea %.3f m2\tperimeter %.3f m%n", n.name(), a.area(), a.perimeter());
            }
        } catch (IOException ex) {
            err.println("Cannot read " + file + ": " + ex.getMessage());
            return 1;
        } catch (IllegalArgumentException ex) {
            err.println(file + ": " + ex.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private static void collect(JsonNode node, String name, List<Named> out) {
        String type = node.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                int i = 0;
                for (JsonNode f : node.path("features")) {
                    i++;
                    collect(f, "feature " + i, out);
                }
            }
            case "Feature" -> collect(node.path("geometry"), featureName(node, name), out);
            case "Polygon" -> out.add(new Named(name.isEmpty() ? "polygon" : name, polygon(node.path("coordinates"), name)));
            case "MultiPolygon" -> {
                int i = 0;
                for (JsonNode p : node.path("coordinates")) {
                    i++;
                    out.add(new Named((name.isEmpty() ? "polygon" : name) + " part " + i, polygon(p, name)));
                }
            }
            default -> {
                // points and lines have no area; they are skipped
            }
        }
    }

    private static String featureName(JsonNode feature, String fallback) {
        JsonNode props = feature.path("properties");
        for (String key : new String[] {"reference", "ref", "id", "name"}) {
            if (props.hasNonNull(key)) {
                return props.get(key).asText();
            }
        }
        return feature.hasNonNull("id") ? feature.get("id").asText() : fallback;
    }

    private static Polygon polygon(JsonNode rings, String name) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException(name + " has a polygon without rings");
        }
        LinearRing shell = ring(rings.get(0), name);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), name);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String name) {
        Coordinate[] c = new Coordinate[positions.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException(name + ": position " + (i + 1) + " is not [longitude, latitude]");
            }
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
            throw new IllegalArgumentException(name + ": a ring needs at least 4 positions, the last equal to the first");
        }
        return FACTORY.createLinearRing(c);
    }
}
