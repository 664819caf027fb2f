package org.mineledger.io.geojson;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/**
 * Reads a hazard-area FeatureCollection (as written by {@link GeoJsonWriter}) into unsaved drafts.
 *
 * <p>Each feature must be a Polygon with {@code reference}, {@code name}, {@code kind} and {@code status};
 * {@code notes} is optional. Any fault names the file and the feature.
 */
public final class HazardAreaReader {
    private final GeoJsonReader geoJson;

    public HazardAreaReader() {
        this(new GeoJsonReader());
    }

    public HazardAreaReader(GeoJsonReader geoJson) {
        this.geoJson = geoJson;
    }

    /** Reads the drafts in a file, each created at {@code createdAt}. */
    public List<HazardArea> read(Path file, Instant createdAt) {
        return drafts(geoJson.read(file), String.valueOf(file.getFileName()), createdAt);
    }

    /** Reads the drafts in a stream (not closed here), each created at {@code createdAt}. */
    public List<HazardArea> read(InputStream in, String source, Instant createdAt) {
        return drafts(geoJson.read(in, source), source, createdAt);
    }

    private static List<HazardArea> drafts(List<GeoJsonFeature> features, String source, Instant createdAt) {
        List<HazardArea> out = new ArrayList<>(features.size());
        for (GeoJsonFeature f : features) {
            out.add(draft(f, source, createdAt));
        }
        return List.copyOf(out);
    }

    private static HazardArea draft(GeoJsonFeature f, String source, Instant createdAt) {
        if (!(f.geometry() instanceof Polygon polygon)) {
            throw new GeoJsonException(source, f.number(), "a hazard area must be a Polygon, not a "
                    + f.geometry().getGeometryType() + ". Split multi-part areas into one feature per part.");
        }
        try {
            return HazardArea.draft(new HazardReference(required(f, "reference", source)), required(f, "name", source),
                    HazardKind.parse(required(f, "kind", source)), HazardStatus.parse(required(f, "status", source)),
                    polygon, f.text("notes"), createdAt);
        } catch (IllegalArgumentException e) {
            throw new GeoJsonException(source, f.number(), e.getMessage());
        }
    }

    private static String required(GeoJsonFeature f, String key, String source) {
        String value = f.text(key).strip();
        if (value.isEmpty()) {
            throw new GeoJsonException(source, f.number(), "the property \"" + key + "\" is missing or empty");
        }
        return value;
    }
}
