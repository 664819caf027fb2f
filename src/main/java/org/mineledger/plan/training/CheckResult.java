package org.mineledger.plan.training;

import java.util.Objects;

/**
 * The answer of one walkthrough check against a workspace.
 *
 * @param passed  true when the workspace does what the check expects
 * @param message what was found, for the student: on failure what is wrong, where, and what to look at
 */
public record CheckResult(boolean passed, String message) {
    public CheckResult {
        Objects.requireNonNull(message, "message");
    }

    static CheckResult pass(String message) {
        return new CheckResult(true, message);
    }

    static CheckResult fail(String message) {
        return new CheckResult(false, message);
    }
}
