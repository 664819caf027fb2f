package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of work on one hazard, done by one team.
 *
 * @param id              task ID printed on the task sheet, e.g. {@code T-003}
 * @param method          the kind of asset that must do it
 * @param depthCm         clearance depth required by the national authority, cm
 * @param priorityRank    1 for the most urgent
 * @param surveyEnds      the day the survey of this land ends; work starts after it (empty when surveyed)
 * @param dependsOn       ID of a task that must end before this one starts (e.g. its technical survey)
 * @param basisNote       where the ground class, depth and area come from (stored details, defaults or a stated
 *                        assumption), printed with the figures; empty when nothing needs saying
 */
public record ClearanceTask(String id, String hazardReference, String description, double areaM2,
        GroundClass ground, AssetKind method, int depthCm, int priorityRank, Optional<LocalDate> surveyEnds,
        Optional<String> dependsOn, String basisNote) {
    public ClearanceTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hazardReference, "hazardReference");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(surveyEnds, "surveyEnds");
        Objects.requireNonNull(dependsOn, "dependsOn");
        description = description == null ? "" : description;
        basisNote = basisNote == null ? "" : basisNote.strip();
        if (!(areaM2 > 0) || !Double.isFinite(areaM2)) {
            throw new IllegalArgumentException("Task " + id + " (" + hazardReference + "): area " + areaM2
                    + " m² must be more than 0.");
        }
        if (depthCm < 1 || depthCm > 500) {
            throw new IllegalArgumentException("Task " + id + ": clearance depth " + depthCm
                    + " cm must be between 1 and 500 cm.");
        }
        if (dependsOn.isPresent() && dependsOn.get().equals(id)) {
            throw new IllegalArgumentException("Task " + id + " cannot wait for itself.");
        }
    }

    /** A task whose figures need no note. */
    public ClearanceTask(String id, String hazardReference, String description, double areaM2, GroundClass ground,
            AssetKind method, int depthCm, int priorityRank, Optional<LocalDate> surveyEnds,
            Optional<String> dependsOn) {
        this(id, hazardReference, description, areaM2, ground, method, depthCm, priorityRank, surveyEnds, dependsOn,
                "");
    }
}
