package org.mineledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.io.geojson.GeoJsonFeature;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/** The polygons {@code area} and {@code validate} measure and check: of a workspace, or of a GeoJSON file. */
final class NamedPolygons {
    /** One polygon and how it is named in the output (a multipolygon's parts as "name part N"). */
    record Named(String name, Polygon polygon) {
    }

    private NamedPolygons() {
    }

    /**
     * The hazard areas of a {@code .gpkg} workspace (named by reference, with {@code withNames} also by name), or
     * the polygons and multipolygon parts of a GeoJSON file.
     */
    static List<Named> of(Path file, boolean withNames) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? ofWorkspace(file, withNames)
                : ofGeoJson(file);
    }

    private static List<Named> ofWorkspace(Path file, boolean withNames) {
        try (Workspace ws = Workspace.open(file)) {
            List<Named> out = new ArrayList<>();
            for (HazardArea a : ws.hazards()) {
                out.add(new Named(a.reference().value() + (withNames ? " \"" + a.name() + "\"" : ""), a.polygon()));
            }
            return out;
        }
    }

    private static List<Named> ofGeoJson(Path file) {
        List<Named> out = new ArrayList<>();
        for (GeoJsonFeature f : new GeoJsonReader().read(file)) {
            String name = label(f);
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

    private static String label(GeoJsonFeature f) {
        for (String key : new String[] {"reference", "ref", "id", "name"}) {
            String v = f.text(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return f.id().isEmpty() ? "feature " + f.number() : f.id();
    }
}
