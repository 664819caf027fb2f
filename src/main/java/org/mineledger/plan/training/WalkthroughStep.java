package org.mineledger.plan.training;

import java.util.List;
import java.util.Objects;

/**
 * One step of a walkthrough: what to read, what to do, and the checks that show it was done.
 *
 * @param id          short name, unique in the walkthrough, e.g. {@code tp3}
 * @param instruction the situation and the data the student works from
 * @param task        what the student must do, in one sentence
 */
public record WalkthroughStep(String id, String title, String instruction, String task, List<StepCheck> checks) {
    public WalkthroughStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(task, "task");
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("Walkthrough step '" + id + "' has no check; every step needs one.");
        }
    }
}
