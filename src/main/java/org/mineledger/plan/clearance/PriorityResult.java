package org.mineledger.plan.clearance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A hazard's place in the clearance order and why.
 *
 * @param rank  1 for the hazard to clear first
 * @param parts each factor that added points, largest first
 */
public record PriorityResult(String reference, int rank, double score, List<Part> parts) {
    /** One factor's contribution, e.g. {@code settlement 350 m} worth 24.8 points. */
    public record Part(String factor, String detail, double points) {
    }

    public PriorityResult {
        parts = List.copyOf(parts);
    }

    /** The reason as a sentence: {@code score 49.1: settlement 350 m (+24.8), community request (+10.0)}. */
    public String reason() {
        if (parts.isEmpty()) {
            return String.format(Locale.ROOT, "score %.1f: no factor applies", score);
        }
        return String.format(Locale.ROOT, "score %.1f: ", score) + parts.stream()
                .map(p -> String.format(Locale.ROOT, "%s (+%.1f)", p.detail(), p.points()))
                .collect(Collectors.joining(", "));
    }
}
