package org.mineledger.ui.edit;

import java.util.Objects;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/**
 * What the user said about a hazard area before drawing it.
 *
 * @param reference the workspace's next free reference
 * @param name      the name the user gave, not blank
 * @param kind      suspected, confirmed or laid minefield
 * @param status    land-release status, usually active for a new area
 */
public record NewAreaDetails(HazardReference reference, String name, HazardKind kind, HazardStatus status) {

    public NewAreaDetails {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Give the new hazard area a name, e.g. the place or field it covers.");
        }
    }
}
