package org.mineledger.io.importer;

import java.util.List;
import org.mineledger.model.HazardArea;

/**
 * One hazard area an import would create (or could not create), from one source feature or one part of it.
 *
 * @param source   the source feature
 * @param part     1-based part of a multi-part feature, 1 otherwise
 * @param draft    the area to store, or null when {@code problems} is not empty
 * @param problems what stops this feature from being imported, each naming where and what to do
 */
public record ImportCandidate(SourceFeature source, int part, HazardArea draft, List<String> problems) {
    public ImportCandidate {
        problems = List.copyOf(problems);
        if ((draft == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A candidate has either a draft or problems.");
        }
    }

    public boolean ready() {
        return draft != null;
    }

    /** The feature id as the audit trail records it, with the part for multi-part features. */
    public String featureLabel() {
        boolean parts = part > 1 || source.geometry() != null && source.geometry().getNumGeometries() > 1;
        return parts ? source.id() + " part " + part : source.id();
    }
}
