package org.mineledger.model.laid;

import java.time.Instant;
import java.util.Objects;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.SignOff;

/**
 * One stored revision of a laid-minefield record with its place in the life cycle.
 *
 * @param id          store id, unique over all revisions
 * @param revision    1 for the first, 2 for the first correction …
 * @param supersedes  id of the revision this one corrects, 0 for the first
 * @param status      draft, submitted or signed off
 * @param signOff     the signature, null unless signed off
 * @param hazardId    id of the confirmed hazard area it became, 0 when not converted
 * @param record      the record itself
 * @param updatedAt   UTC time of the last change
 */
public record LaidMinefieldRevision(long id, int revision, long supersedes, RecordStatus status, SignOff signOff,
        long hazardId, LaidMinefieldRecord record, Instant updatedAt) {

    public LaidMinefieldRevision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("Revision numbers start at 1.");
        }
        if ((status == RecordStatus.SIGNED_OFF) != (signOff != null)) {
            throw new IllegalArgumentException("Record " + record.number() + " rev " + revision
                    + ": a signed-off record needs a signature, and only a signed-off record has one.");
        }
    }

    public String number() {
        return record.number();
    }
}
