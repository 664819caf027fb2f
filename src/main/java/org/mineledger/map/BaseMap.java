package org.mineledger.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A background map: layers in drawing order (first drawn first), its extent and, for training maps, the
 * banner that must be shown with it.
 *
 * @param banner "TRAINING — FICTIONAL DATA" for a training map, empty for real data
 */
public record BaseMap(String id, String title, boolean training, String banner, MapExtent extent,
        List<BaseLayer> layers) {

    public BaseMap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extent, "extent");
        banner = banner == null ? "" : banner;
        layers = List.copyOf(layers);
        if (training && banner.isBlank()) {
            throw new IllegalArgumentException("Training map " + id + " needs a banner text.");
        }
    }

    /** The first layer of the given kind, if the map has one. */
    public Optional<BaseLayer> layer(LayerKind kind) {
        return layers.stream().filter(l -> l.kind() == kind).findFirst();
    }
}
