package org.mineledger.plan.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mineledger.model.HazardArea;

/** Evaluates every step of a walkthrough against the hazard areas of one workspace. */
public final class WalkthroughCheck {
    private final List<StepOutcome> outcomes;

    /** Checks {@code hazards} (all areas of the workspace) against every step of {@code walkthrough}. */
    public WalkthroughCheck(Walkthrough walkthrough, List<HazardArea> hazards) {
        List<HazardArea> all = List.copyOf(hazards);
        List<StepOutcome> out = new ArrayList<>();
        for (WalkthroughStep step : walkthrough.steps()) {
            out.add(new StepOutcome(step, step.checks().stream().map(c -> c.evaluate(all)).toList()));
        }
        this.outcomes = List.copyOf(out);
    }

    /** One outcome per step, in the order of the walkthrough. */
    public List<StepOutcome> outcomes() {
        return outcomes;
    }

    public boolean allPassed() {
        return outcomes.stream().allMatch(StepOutcome::passed);
    }

    /** The first step that does not pass yet: where the student is. */
    public Optional<StepOutcome> firstFailing() {
        return outcomes.stream().filter(o -> !o.passed()).findFirst();
    }

    public long passedCount() {
        return outcomes.stream().filter(StepOutcome::passed).count();
    }
}
