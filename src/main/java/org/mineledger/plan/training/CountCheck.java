package org.mineledger.plan.training;

import java.util.List;
import java.util.Locale;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/** The workspace holds exactly {@code expected} hazard areas of a kind and/or status (null: any). */
public record CountCheck(HazardKind kind, HazardStatus status, int expected, String hint) implements StepCheck {
    public CountCheck {
        hint = hint == null ? "" : hint.strip();
        if (expected < 0) {
            throw new IllegalArgumentException("An expected count cannot be negative (" + expected + ").");
        }
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        List<String> refs = hazards.stream()
                .filter(a -> (kind == null || a.kind() == kind) && (status == null || a.status() == status))
                .map(a -> a.reference().value()).sorted().toList();
        if (refs.size() == expected) {
            return CheckResult.pass("There " + are(refs.size()) + " " + what() + list(refs) + ", as expected.");
        }
        return CheckResult.fail("There " + are(refs.size()) + " " + what() + list(refs) + " but there should be "
                + expected + "." + Hints.sentence(hint));
    }

    @Override
    public String expectation() {
        return expected + " " + what().replaceFirst("^\\d+ ", "");
    }

    private String what() {
        String s = status == null ? "" : status.label().toLowerCase(Locale.ROOT) + " ";
        String k = kind == null ? "hazard areas" : kind.code();
        return s + k;
    }

    private static String are(int n) {
        return n == 1 ? "is 1" : "are " + n;
    }

    private static String list(List<String> refs) {
        return refs.isEmpty() ? "" : " (" + String.join(", ", refs) + ")";
    }
}
