package org.mineledger.map;

import java.util.List;
import java.util.Objects;

/** A named layer of a base map, drawn in one style chosen by its kind. */
public record BaseLayer(String name, LayerKind kind, List<BaseFeature> features) {

    public BaseLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        features = List.copyOf(features);
    }
}
