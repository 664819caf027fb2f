package org.mineledger.ui.edit;

import java.util.List;
import org.mineledger.geo.validity.ValidityProblem;

/** The edited boundary has faults that must be fixed before it can be saved. */
public class BoundaryNotSavableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidityProblem> problems;

    public BoundaryNotSavableException(List<ValidityProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** The faults that block saving. */
    public List<ValidityProblem> problems() {
        return problems;
    }

    private static String message(List<ValidityProblem> problems) {
        StringBuilder b = new StringBuilder("The boundary cannot be saved until these faults are fixed "
                + "(move or delete the corners named, or use Edit › Show make-valid fix):");
        for (ValidityProblem p : problems) {
            b.append("\n• ").append(p.message());
        }
        return b.toString();
    }
}
