package org.mineledger.plan.training;

import java.util.List;
import java.util.Objects;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;

/** A hazard area's outer boundary has between {@code min} and {@code max} corners. */
public record VertexCountCheck(HazardReference hazard, int min, int max, String hint) implements StepCheck {
    public VertexCountCheck {
        Objects.requireNonNull(hazard, "hazard");
        hint = hint == null ? "" : hint.strip();
        if (min < 3 || max < min) {
            throw new IllegalArgumentException("Corner count for " + hazard + " must be from at least 3 to a maximum "
                    + "not below the minimum; " + min + " to " + max + " given.");
        }
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(a -> {
            int corners = a.polygon().getExteriorRing().getNumPoints() - 1;
            if (corners >= min && corners <= max) {
                return CheckResult.pass(hazard + " has " + corners + " corners.");
            }
            return CheckResult.fail(hazard + " has " + corners + " corners but should have " + range() + "."
                    + Hints.sentence(hint));
        }).orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return hazard + " has " + range() + " corners";
    }

    private String range() {
        return min == max ? String.valueOf(min) : min + " to " + max;
    }
}
