package org.mineledger.plan.training;

import java.util.List;
import java.util.Objects;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;

/** The workspace holds a hazard area with this reference. */
public record HazardExistsCheck(HazardReference hazard) implements StepCheck {
    public HazardExistsCheck {
        Objects.requireNonNull(hazard, "hazard");
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard)
                .map(a -> CheckResult.pass(hazard + " '" + a.name() + "' is in the workspace."))
                .orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return hazard + " exists";
    }
}
