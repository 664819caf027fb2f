package org.mineledger.io.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mineledger.io.BundledResources;
import org.mineledger.io.DataFileException;
import org.mineledger.io.geojson.GeoJsonFeature;
import org.mineledger.io.geojson.GeoJsonReader;
import org.mineledger.map.BaseFeature;
import org.mineledger.map.BaseLayer;
import org.mineledger.map.BaseMap;
import org.mineledger.map.LayerKind;
import org.mineledger.map.MapExtent;

/**
 * Loads the base maps bundled under {@code maps/} on the classpath.
 *
 * <p>{@code maps/index.json} lists the map ids; each map folder has a {@code map.json} naming its
 * GeoJSON layer files in drawing order with their {@link LayerKind}. A feature's label is its
 * {@code name} property and its class the {@code class} (or {@code cls}) property.
 */
public final class BaseMapReader {
    static final String INDEX = "maps/index.json";
    private final BundledResources resources;
    private final GeoJsonReader geoJson = new GeoJsonReader();

    /** The base maps bundled with the application. */
    public BaseMapReader() {
        this(new BundledResources());
    }

    public BaseMapReader(BundledResources resources) {
        this.resources = resources;
    }

    /** Ids of the bundled base maps, e.g. {@code [world, training]}. */
    public List<String> ids() {
        JsonNode list = resources.readJson(INDEX).get("baseMaps");
        if (list == null || !list.isArray()) {
            throw new DataFileException(INDEX + ": the field \"baseMaps\" is missing or not a list of ids.");
        }
        List<String> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asText()));
        return List.copyOf(ids);
    }

    /** The maps a workspace may be drawn and planned on: every world map, the training maps only for training. */
    public List<BaseMap> forWorkspace(boolean training) {
        List<BaseMap> maps = new ArrayList<>();
        for (String id : ids()) {
            BaseMap map = load(id);
            if (!map.training() || training) {
                maps.add(map);
            }
        }
        return maps;
    }

    /** Loads every layer of the base map {@code id}. */
    public BaseMap load(String id) {
        List<String> ids = ids();
        if (!ids.contains(id)) {
            throw new DataFileException("There is no base map called '" + id + "'. Available base maps: "
                    + String.join(", ", ids) + ".");
        }
        String folder = "maps/" + id + "/";
        String path = folder + "map.json";
        JsonNode m = resources.readJson(path);
        List<BaseLayer> layers = new ArrayList<>();
        for (JsonNode layer : m.path("layers")) {
            String file = BundledResources.requiredText(layer, "file", path);
            layers.add(layer(folder + file, kind(layer, path)));
        }
        if (layers.isEmpty()) {
            throw new DataFileException(path + ": the map lists no layers.");
        }
        return new BaseMap(id, BundledResources.requiredText(m, "title", path), m.path("training").asBoolean(false),
                m.path("banner").asText(""), extent(m, path), layers);
    }

    private BaseLayer layer(String file, LayerKind kind) {
        List<GeoJsonFeature> features;
        try (InputStream in = resources.open(file)) {
            features = geoJson.read(in, file);
        } catch (IOException e) {
            throw new DataFileException(file + " cannot be read: " + e.getMessage(), e);
        }
        List<BaseFeature> out = new ArrayList<>(features.size());
        for (GeoJsonFeature f : features) {
            String cls = f.text("class").isEmpty() ? f.text("cls") : f.text("class");
            out.add(new BaseFeature(f.geometry(), f.text("name"), cls));
        }
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.geojson$", "");
        return new BaseLayer(name, kind, out);
    }

    private static LayerKind kind(JsonNode layer, String path) {
        String text = BundledResources.requiredText(layer, "kind", path);
        try {
            return LayerKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(path + ": layer kind '" + text + "' is unknown; use one of "
                    + Arrays.toString(LayerKind.values()) + ".", e);
        }
    }

    private static MapExtent extent(JsonNode m, String path) {
        JsonNode e = m.get("extent");
        if (e == null || !e.isArray() || e.size() != 4) {
            throw new DataFileException(path + ": \"extent\" must be [west, south, east, north] in degrees.");
        }
        try {
            return new MapExtent(e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble(), e.get(3).asDouble());
        } catch (IllegalArgumentException ex) {
            throw new DataFileException(path + ": " + ex.getMessage(), ex);
        }
    }
}
