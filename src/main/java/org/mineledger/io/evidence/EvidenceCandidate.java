package org.mineledger.io.evidence;

import java.util.List;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.model.evidence.SurveyEvidence;

/**
 * One survey evidence feature an import would store (or could not store), from one source feature or part.
 *
 * @param source   the source feature
 * @param part     1-based part of a multi-part feature, 1 otherwise
 * @param draft    the evidence to store, or null when {@code problems} is not empty
 * @param problems what stops it from being imported, each naming where and what to do
 */
public record EvidenceCandidate(SourceFeature source, int part, SurveyEvidence draft, List<String> problems) {
    public EvidenceCandidate {
        problems = List.copyOf(problems);
        if ((draft == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A candidate has either a draft or problems.");
        }
    }

    public boolean ready() {
        return draft != null;
    }
}
