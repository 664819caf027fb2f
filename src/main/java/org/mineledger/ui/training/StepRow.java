package org.mineledger.ui.training;

import java.util.List;
import org.mineledger.plan.training.StepOutcome;
import org.mineledger.plan.training.WalkthroughStep;

/** One line of the walkthrough panel: a step, whether it passed, and what is still wrong. */
public record StepRow(int number, WalkthroughStep step, boolean passed, List<String> failures) {
    public StepRow {
        failures = List.copyOf(failures);
    }

    static StepRow of(int number, StepOutcome outcome) {
        return new StepRow(number, outcome.step(), outcome.passed(), outcome.failures());
    }

    /** "✔ 2. Confirm the orchard" as the list shows it. */
    public String label() {
        return (passed ? "\u2714 " : "\u2610 ") + number + ". " + step.title();
    }
}
