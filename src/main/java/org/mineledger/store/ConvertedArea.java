package org.mineledger.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.mineledger.model.HazardArea;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.MinefieldConversion;
import org.mineledger.store.AuditEntry.Action;

/**
 * The confirmed hazard area a laid-minefield record became: one per minefield, whose notes follow the latest
 * signed-off revision. Runs inside the caller's transaction.
 */
final class ConvertedArea {
    private final Workspace ws;

    ConvertedArea(Workspace ws) {
        this.ws = ws;
    }

    /** Refuses to make a second area for a minefield whose area still exists, naming that area. */
    void refuseSecondConversion(LaidMinefieldRevision rev) throws SQLException {
        Optional<HazardAreaTable.Row> area = area(LaidMinefieldTable.hazardOf(ws.connection(), rev.number()));
        if (area.isPresent()) {
            String ref = area.get().reference();
            throw new RecordLockedException("Minefield " + rev.number() + " is already confirmed hazard area " + ref
                    + "; a second area would cover the same ground. A signed-off correction of the record updates "
                    + ref + " (its mine count and self-destruct reviews); work on " + ref + " instead.");
        }
    }

    /**
     * After a correction is signed off: the area's notes name the corrected revision and its mine count, and its
     * boundary grows to cover the corrected perimeter ({@link MinefieldConversion#afterCorrection}).
     */
    void followCorrection(LaidMinefieldRevision signed) throws SQLException {
        Optional<HazardAreaTable.Row> row = area(signed.hazardId());
        if (row.isEmpty()) {
            return;
        }
        HazardArea before = row.get().toStoredHazardArea();
        Instant now = ws.now();
        HazardArea after = MinefieldConversion.afterCorrection(before, signed, UtcTime.stored(now));
        if (after == before) {
            return;
        }
        HazardAreaTable.update(ws.connection(), after);
        AuditLog.append(ws.connection(), now, ws.user(), Action.UPDATE, HazardAreaTable.ENTITY, after.id(),
                HazardJson.write(before), HazardJson.write(after));
        HazardAreaTable.refreshContents(ws.connection(), now);
    }

    private Optional<HazardAreaTable.Row> area(long hazardId) throws SQLException {
        return hazardId == 0 ? Optional.empty() : HazardAreaTable.byId(ws.connection(), hazardId);
    }
}
