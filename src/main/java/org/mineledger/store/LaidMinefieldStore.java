package org.mineledger.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.RecordLockedException;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.SignOff;
import org.mineledger.model.laid.ComplianceFinding;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.MinefieldConversion;
import org.mineledger.model.laid.SignOffRule;
import org.mineledger.plan.monitoring.SelfDestructSpec;
import org.mineledger.store.AuditEntry.Action;

/**
 * Laid-minefield records in a workspace, with their life cycle: draft → submitted → signed off. A signed-off
 * revision is locked; a correction is a new revision that names the one it corrects, and both stay readable.
 * Every change is one transaction with its audit entry (entity {@code laid_minefield}).
 */
public final class LaidMinefieldStore {
    private final Workspace ws;

    public LaidMinefieldStore(Workspace workspace) {
        this.ws = workspace;
    }

    /** Stores a new record as revision 1, a draft; refuses a number already used. */
    public LaidMinefieldRevision add(LaidMinefieldRecord record) {
        synchronized (ws) {
            return ws.write("minefield record " + record.number(), () -> {
                if (!LaidMinefieldTable.revisions(ws.connection(), record.number()).isEmpty()) {
                    throw new IllegalArgumentException("Minefield number " + record.number() + " is already recorded "
                            + "in this workspace. Open that record, or give the new minefield another number.");
                }
                return insert(new LaidMinefieldRevision(0, 1, 0, RecordStatus.DRAFT, null, 0, record, ws.now()));
            });
        }
    }

    /** Replaces the content of a draft or submitted revision (a submitted one returns to draft). */
    public LaidMinefieldRevision update(long id, LaidMinefieldRecord record) {
        return change(id, "changes to", before -> {
            requireUnlocked(before, "changed");
            if (!before.number().equals(record.number())) {
                throw new IllegalArgumentException("The minefield number cannot change from " + before.number()
                        + " to " + record.number() + "; record a new minefield instead.");
            }
            return new LaidMinefieldRevision(id, before.revision(), before.supersedes(), RecordStatus.DRAFT, null,
                    before.hazardId(), record, ws.now());
        });
    }

    /** Draft → submitted for sign-off; refused, naming the fault, when it could not be signed off. */
    public LaidMinefieldRevision submit(long id) {
        return change(id, "the submission of", before -> {
            if (before.status() != RecordStatus.DRAFT) {
                throw new RecordLockedException(name(before) + " is " + label(before) + "; only a draft can be "
                        + "submitted.");
            }
            List<ComplianceFinding> blockers = SignOffRule.blockers(before.record());
            if (!blockers.isEmpty()) {
                throw new RecordLockedException(name(before) + " cannot be submitted: it could not be signed off. "
                        + SignOffRule.describe(blockers) + " Correct the record, then submit it again.");
            }
            return with(before, RecordStatus.SUBMITTED, null);
        });
    }

    /**
     * Submitted → signed off, after which the revision is locked. Refused while {@link SignOffRule} finds a
     * blocker (a perimeter that does not close), so an unacceptable closure is never signed off silently.
     */
    public LaidMinefieldRevision signOff(long id, String signerName, String signerRole) {
        return change(id, "the sign-off of", before -> {
            if (before.status() != RecordStatus.SUBMITTED) {
                throw new RecordLockedException(name(before) + " is " + label(before) + "; submit it before signing "
                        + "it off.");
            }
            List<ComplianceFinding> blockers = SignOffRule.blockers(before.record());
            if (!blockers.isEmpty()) {
                throw new RecordLockedException(name(before) + " cannot be signed off. " + SignOffRule.describe(
                        blockers) + " Correct the record (it returns to draft), then submit it again.");
            }
            long hazardId = before.hazardId() != 0 ? before.hazardId()
                    : LaidMinefieldTable.hazardOf(ws.connection(), before.number());
            LaidMinefieldRevision signed = new LaidMinefieldRevision(before.id(), before.revision(),
                    before.supersedes(), RecordStatus.SIGNED_OFF, new SignOff(signerName, signerRole, ws.now()),
                    hazardId, before.record(), ws.now());
            scheduleSelfDestructReviews(signed);
            if (before.supersedes() != 0) {
                new ConvertedArea(ws).followCorrection(signed);
            }
            return signed;
        });
    }

    /**
     * A correction of a signed-off revision: a new draft revision linked to it, and to the hazard area the record
     * became; the old one stays as it was.
     */
    public LaidMinefieldRevision correct(long id, LaidMinefieldRecord corrected) {
        synchronized (ws) {
            return ws.write("a correction of minefield record id " + id, () -> {
                LaidMinefieldRevision old = load(id);
                if (old.status() != RecordStatus.SIGNED_OFF) {
                    throw new RecordLockedException(name(old) + " is " + label(old) + " and can still be changed: "
                            + "replace its content instead (it returns to draft); only a signed-off record needs a "
                            + "correction as a new revision.");
                }
                List<LaidMinefieldRevision> all = LaidMinefieldTable.revisions(ws.connection(), old.number());
                if (all.get(all.size() - 1).id() != id) {
                    throw new RecordLockedException(name(old) + " was already corrected by revision "
                            + all.get(all.size() - 1).revision() + "; correct that one instead.");
                }
                if (!old.number().equals(corrected.number())) {
                    throw new IllegalArgumentException("A correction keeps the minefield number " + old.number() + ".");
                }
                long hazardId = LaidMinefieldTable.hazardOf(ws.connection(), old.number());
                return insert(new LaidMinefieldRevision(0, old.revision() + 1, id, RecordStatus.DRAFT, null, hazardId,
                        corrected, ws.now()));
            });
        }
    }

    /**
     * After hostilities: makes the signed-off revision a confirmed hazard area (CHA) over its perimeter and
     * links the two, so clearance can account for the recorded mines. Both changes are one transaction.
     */
    public HazardArea convertToHazard(long id) {
        synchronized (ws) {
            return ws.write("the conversion of minefield record id " + id, () -> {
                LaidMinefieldRevision rev = load(id);
                new ConvertedArea(ws).refuseSecondConversion(rev);
                Instant now = ws.now();
                HazardArea draft = MinefieldConversion.toHazardArea(rev, ws.nextReference(), now);
                HazardArea normal = new HazardArea(0, draft.reference(), draft.name(), draft.kind(), draft.status(),
                        draft.polygon(), draft.notes(), UtcTime.stored(now), UtcTime.stored(now));
                long fid = HazardAreaTable.insert(ws.connection(), normal);
                HazardArea stored = normal.withId(fid);
                AuditLog.append(ws.connection(), now, ws.user(), Action.CREATE, HazardAreaTable.ENTITY, fid, null,
                        HazardJson.write(stored));
                HazardAreaTable.refreshContents(ws.connection(), now);
                LaidMinefieldRevision linked = new LaidMinefieldRevision(rev.id(), rev.revision(), rev.supersedes(),
                        rev.status(), rev.signOff(), fid, rev.record(), rev.updatedAt());
                LaidMinefieldTable.update(ws.connection(), linked);
                AuditLog.append(ws.connection(), now, ws.user(), Action.UPDATE, LaidMinefieldTable.ENTITY, id,
                        LaidMinefieldTable.json(rev), LaidMinefieldTable.json(linked));
                scheduleSelfDestructReviews(linked);
                return stored;
            });
        }
    }

    /** The latest revision of every minefield, by number. */
    public List<LaidMinefieldRevision> latest() {
        synchronized (ws) {
            return ws.read(() -> LaidMinefieldTable.latest(ws.connection()));
        }
    }

    /** The latest revision of one minefield. */
    public Optional<LaidMinefieldRevision> latest(String number) {
        List<LaidMinefieldRevision> all = revisions(number);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every revision of one minefield, oldest first. */
    public List<LaidMinefieldRevision> revisions(String number) {
        synchronized (ws) {
            return ws.read(() -> LaidMinefieldTable.revisions(ws.connection(), number));
        }
    }

    public Optional<LaidMinefieldRevision> byId(long id) {
        synchronized (ws) {
            return ws.read(() -> LaidMinefieldTable.byId(ws.connection(), id));
        }
    }

    /** The record a confirmed hazard area was converted from, if any. */
    public Optional<LaidMinefieldRevision> forHazard(long hazardId) {
        synchronized (ws) {
            return ws.read(() -> LaidMinefieldTable.byHazard(ws.connection(), hazardId));
        }
    }

    /** The audit entries of one revision, oldest first. */
    public List<AuditEntry> history(long id) {
        return ws.history(LaidMinefieldTable.ENTITY, id);
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * Gives the hazard area made from this minefield the self-destruct and self-deactivation reviews of its
     * mines (laying completed plus the longest times of the record), in the same transaction: at conversion, and
     * when a correction of a converted record is signed off. Records not yet converted have no monitoring
     * schedule; their reviews are set when they are converted.
     */
    private void scheduleSelfDestructReviews(LaidMinefieldRevision rev) throws SQLException {
        Optional<SelfDestructSpec> sd = SelfDestructSpec.of(rev.record());
        if (sd.isEmpty()) {
            return;
        }
        long hazardId = rev.hazardId();
        for (LaidMinefieldRevision r : LaidMinefieldTable.revisions(ws.connection(), rev.number())) {
            hazardId = hazardId != 0 ? hazardId : r.hazardId();
        }
        if (hazardId == 0) {
            return;
        }
        Optional<HazardAreaTable.Row> area = HazardAreaTable.byId(ws.connection(), hazardId);
        if (area.isPresent()) {
            MonitoringStore.upsertSelfDestruct(ws, new HazardReference(area.get().reference()), sd.get());
        }
    }

    private interface Change {
        LaidMinefieldRevision apply(LaidMinefieldRevision before) throws SQLException;
    }

    private LaidMinefieldRevision change(long id, String what, Change change) {
        synchronized (ws) {
            return ws.write(what + " minefield record id " + id, () -> {
                LaidMinefieldRevision before = load(id);
                LaidMinefieldRevision after = change.apply(before);
                LaidMinefieldTable.update(ws.connection(), after);
                LaidMinefieldRevision stored = load(id);
                AuditLog.append(ws.connection(), ws.now(), ws.user(), Action.UPDATE, LaidMinefieldTable.ENTITY, id,
                        LaidMinefieldTable.json(before), LaidMinefieldTable.json(stored));
                return stored;
            });
        }
    }

    private LaidMinefieldRevision insert(LaidMinefieldRevision r) throws SQLException {
        long id = LaidMinefieldTable.insert(ws.connection(), r);
        LaidMinefieldRevision stored = load(id);
        AuditLog.append(ws.connection(), ws.now(), ws.user(), Action.CREATE, LaidMinefieldTable.ENTITY, id, null,
                LaidMinefieldTable.json(stored));
        return stored;
    }

    private LaidMinefieldRevision load(long id) throws SQLException {
        return LaidMinefieldTable.byId(ws.connection(), id).orElseThrow(() -> new WorkspaceException(
                "There is no minefield record with id " + id + " in " + ws.file() + ". Reload the list."));
    }

    private LaidMinefieldRevision with(LaidMinefieldRevision r, RecordStatus status, SignOff signOff) {
        return new LaidMinefieldRevision(r.id(), r.revision(), r.supersedes(), status, signOff, r.hazardId(),
                r.record(), ws.now());
    }

    private static void requireUnlocked(LaidMinefieldRevision r, String verb) {
        if (r.status().isLocked()) {
            throw new RecordLockedException(name(r) + " is signed off and locked; it cannot be " + verb + ". Make a "
                    + "correction instead: it becomes revision " + (r.revision() + 1) + " and this one stays readable.");
        }
    }

    private static String name(LaidMinefieldRevision r) {
        return "Minefield " + r.number() + " rev " + r.revision();
    }

    private static String label(LaidMinefieldRevision r) {
        return r.status().label().toLowerCase(Locale.ROOT);
    }
}
