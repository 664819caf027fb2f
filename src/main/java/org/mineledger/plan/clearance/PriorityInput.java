package org.mineledger.plan.clearance;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/** What is known about one hazard for ranking it: its polygon and the facts not on the map. */
public record PriorityInput(String reference, Polygon lonLat, PlanningDetails details) {
    public PriorityInput {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lonLat, "lonLat");
        Objects.requireNonNull(details, "details");
        if (!details.reference().equals(reference)) {
            throw new IllegalArgumentException("Planning details of " + details.reference() + " given for hazard "
                    + reference + ".");
        }
    }

    /** Only the three priority facts, with no notes. */
    public PriorityInput(String reference, Polygon lonLat, boolean blockedAccess, boolean communityRequest,
            int casualties) {
        this(reference, lonLat, PlanningDetails.priorityFacts(reference, blockedAccess, communityRequest, casualties));
    }

    public boolean blockedAccess() {
        return details.blockedAccess();
    }

    public boolean communityRequest() {
        return details.communityRequest();
    }

    public int casualties() {
        return details.casualties();
    }
}
