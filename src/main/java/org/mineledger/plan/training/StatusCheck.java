package org.mineledger.plan.training;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** A hazard area has the expected land-release status. */
public record StatusCheck(HazardReference hazard, HazardStatus expected, String hint) implements StepCheck {
    public StatusCheck {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(expected, "expected");
        hint = hint == null ? "" : hint.strip();
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(a -> a.status() == expected
                ? CheckResult.pass(hazard + " is " + label(expected) + ".")
                : CheckResult.fail(hazard + " is " + label(a.status()) + " but should be " + label(expected) + "."
                        + Hints.sentence(hint)))
                .orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return hazard + " is " + label(expected);
    }

    private static String label(HazardStatus s) {
        return s.label().toLowerCase(Locale.ROOT);
    }
}
