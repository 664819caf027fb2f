package org.mineledger.plan.training;

import java.util.List;
import java.util.Objects;

/** A step with the result of each of its checks, in the order of the checks. */
public record StepOutcome(WalkthroughStep step, List<CheckResult> results) {
    public StepOutcome {
        Objects.requireNonNull(step, "step");
        results = List.copyOf(results);
    }

    /** True when every check of the step passed. */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    /** The messages of the failed checks, each once: what the student must correct. */
    public List<String> failures() {
        return results.stream().filter(r -> !r.passed()).map(CheckResult::message).distinct().toList();
    }
}
