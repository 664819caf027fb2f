package org.mineledger.plan.training;

import java.util.List;
import java.util.Objects;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;

/** A hazard area is of the expected kind (SHA, CHA, LMF). */
public record KindCheck(HazardReference hazard, HazardKind expected, String hint) implements StepCheck {
    public KindCheck {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(expected, "expected");
        hint = hint == null ? "" : hint.strip();
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(a -> a.kind() == expected
                ? CheckResult.pass(hazard + " is a " + label(expected) + ".")
                : CheckResult.fail(hazard + " is a " + label(a.kind()) + " but should be a " + label(expected)
                        + "." + Hints.sentence(hint)))
                .orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return hazard + " is a " + label(expected);
    }

    private static String label(HazardKind k) {
        return k.label().toLowerCase(java.util.Locale.ROOT) + " (" + k.code() + ")";
    }
}
