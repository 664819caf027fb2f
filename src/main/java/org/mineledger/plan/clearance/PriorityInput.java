package org.mineledger.plan.clearance;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/** What is known about one hazard for ranking it: its polygon and the facts not on the map. */
public record PriorityInput(String reference, Polygon lonLat, boolean blockedAccess, boolean communityRequest,
        int casualties) {
    public PriorityInput {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lonLat, "lonLat");
        if (casualties < 0) {
            throw new IllegalArgumentException("Hazard " + reference + ": casualties reported cannot be negative.");
        }
    }
}
