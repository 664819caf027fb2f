package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mineledger.io.BundledResources;
import org.mineledger.io.DataFileException;
import org.mineledger.io.geojson.HazardAreaReader;
import org.mineledger.model.HazardArea;

/**
 * The sample scenarios shipped with MineLedger under {@code samples/} on the classpath.
 *
 * <p>{@code samples/index.json} lists the scenario ids, so no classpath folder needs listing; each
 * scenario folder holds a {@code manifest.json} and the hazard-area GeoJSON it names.
 */
public final class SampleCatalog {
    static final String INDEX = "samples/index.json";
    private final BundledResources resources;
    private final HazardAreaReader hazards = new HazardAreaReader();

    /** The samples bundled with the application. */
    public SampleCatalog() {
        this(new BundledResources());
    }

    /** The samples found through {@code resources}, e.g. a test folder. */
    public SampleCatalog(BundledResources resources) {
        this.resources = resources;
    }

    /** Ids of the bundled samples in the order of the index, e.g. {@code [border-crossing]}. */
    public List<String> ids() {
        JsonNode list = resources.readJson(INDEX).get("samples");
        if (list == null || !list.isArray()) {
            throw new SampleException(INDEX + ": the field \"samples\" is missing or not a list of ids.");
        }
        List<String> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asText()));
        return List.copyOf(ids);
    }

    /** Loads a sample; the same id always gives equal scenarios. */
    public SampleScenario load(String id) {
        List<String> ids = ids();
        if (!ids.contains(id)) {
            throw new SampleException("There is no sample called '" + id + "'. Available samples: "
                    + String.join(", ", ids) + ".");
        }
        String folder = "samples/" + id + "/";
        String manifestPath = folder + "manifest.json";
        JsonNode m = resources.readJson(manifestPath);
        String hazardFile = BundledResources.requiredText(m, "hazards", manifestPath);
        Instant createdAt = createdAt(m, manifestPath);
        List<HazardArea> areas;
        try (InputStream in = resources.open(folder + hazardFile)) {
            areas = hazards.read(in, folder + hazardFile, createdAt);
        } catch (IOException e) {
            throw new SampleException(folder + hazardFile + " cannot be read: " + e.getMessage(), e);
        }
        String manifestId = BundledResources.requiredText(m, "id", manifestPath);
        if (!manifestId.equals(id)) {
            throw new SampleException(manifestPath + ": the id is '" + manifestId + "' but the folder is '" + id + "'.");
        }
        return new SampleScenario(id, BundledResources.requiredText(m, "title", manifestPath),
                BundledResources.requiredText(m, "description", manifestPath), m.path("training").asBoolean(false),
                m.path("banner").asText(""), BundledResources.requiredText(m, "baseMap", manifestPath), areas);
    }

    /** A fixed creation time from the manifest keeps loading reproducible (no clock involved). */
    private static Instant createdAt(JsonNode manifest, String path) {
        String text = BundledResources.requiredText(manifest, "createdAt", path);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new DataFileException(path + ": createdAt '" + text
                    + "' is not a UTC time such as 2025-03-03T08:00:00Z.", e);
        }
    }
}
