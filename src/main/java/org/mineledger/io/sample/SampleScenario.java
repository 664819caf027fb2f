package org.mineledger.io.sample;

import java.util.List;
import java.util.Objects;
import org.mineledger.model.HazardArea;

/**
 * A bundled sample scenario: fictional hazard areas on a named base map, for training and demonstration.
 *
 * @param id          folder name under {@code samples/}, e.g. {@code border-crossing}
 * @param banner      text to show on screen and on every printout, e.g. "TRAINING — FICTIONAL DATA"
 * @param baseMap     id of the base map to show under the areas, e.g. {@code training}
 * @param hazardAreas unsaved drafts, all created at the time fixed in the manifest
 */
public record SampleScenario(String id, String title, String description, boolean training, String banner,
        String baseMap, List<HazardArea> hazardAreas) {

    public SampleScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(baseMap, "baseMap");
        hazardAreas = List.copyOf(hazardAreas);
        if (training && banner.isBlank()) {
            throw new IllegalArgumentException("Training sample " + id + " needs a banner text.");
        }
    }
}
