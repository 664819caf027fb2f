package org.mineledger.plan.training;

import java.util.List;
import java.util.Optional;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;

/** Finds the area a check is about, and says so when the student has not created it yet. */
final class HazardLookup {
    private HazardLookup() {
    }

    static Optional<HazardArea> find(List<HazardArea> hazards, HazardReference reference) {
        return hazards.stream().filter(a -> a.reference().equals(reference)).findFirst();
    }

    static CheckResult missing(HazardReference reference) {
        return CheckResult.fail("There is no hazard area " + reference + " in the workspace yet. Create it with "
                + "exactly this reference, or check the reference for a typing error.");
    }
}
