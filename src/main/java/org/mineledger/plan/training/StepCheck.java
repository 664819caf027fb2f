package org.mineledger.plan.training;

import java.util.List;
import org.mineledger.model.HazardArea;

/** One check of a walkthrough step, evaluated against the hazard areas of a workspace. */
public sealed interface StepCheck permits HazardExistsCheck, FieldCheck, VertexNearCheck,
        VertexCountCheck, AreaCheck, CountCheck {

    /** Evaluates the check against every hazard area in the workspace. */
    CheckResult evaluate(List<HazardArea> hazards);

    /** What the check expects, in words a trainer can print in an answer key. */
    String expectation();
}
