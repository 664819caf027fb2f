package org.mineledger.plan.training;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The guided steps of a training scenario, as data: each step says what to do and how it is checked.
 *
 * @param scenarioId the sample scenario the steps belong to, e.g. {@code village-survey}
 * @param banner     the training mark to show with the steps, e.g. "TRAINING — FICTIONAL DATA"
 * @param mapPoints  points given to the student on the exercise map (landmarks, finds), possibly none
 */
public record Walkthrough(String scenarioId, String title, String banner, List<WalkthroughStep> steps,
        List<MapPoint> mapPoints) {
    public Walkthrough {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(banner, "banner");
        steps = List.copyOf(steps);
        mapPoints = mapPoints == null ? List.of() : List.copyOf(mapPoints);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("The walkthrough of " + scenarioId + " has no steps.");
        }
        Set<String> ids = new HashSet<>();
        for (WalkthroughStep s : steps) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("The walkthrough of " + scenarioId + " has two steps called '"
                        + s.id() + "'; step ids must be unique.");
            }
        }
    }

    /** A walkthrough without map points. */
    public Walkthrough(String scenarioId, String title, String banner, List<WalkthroughStep> steps) {
        this(scenarioId, title, banner, steps, List.of());
    }
}
