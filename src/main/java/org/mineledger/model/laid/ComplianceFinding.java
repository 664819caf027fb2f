package org.mineledger.model.laid;

import java.util.Objects;

/**
 * One point of a laid-minefield record that does not meet CCW Amended Protocol II.
 *
 * @param field   the record field at fault, as the form and the printout name it, e.g. {@code strip B / PMN-2 / fuze}
 * @param kind    missing, or entered but out of bounds
 * @param message what is wrong and what to do
 * @param rule    the provision, e.g. {@code APII TA 1(a)(iii)}
 */
public record ComplianceFinding(String field, Kind kind, String message, String rule) {

    /** Whether a value is absent or present but unacceptable. */
    public enum Kind {
        MISSING, OUT_OF_BOUNDS
    }

    public ComplianceFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
