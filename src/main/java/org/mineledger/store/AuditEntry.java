package org.mineledger.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a workspace's append-only audit trail.
 *
 * @param seq        position in the trail, from 1
 * @param time       UTC time of the change
 * @param user       who made the change
 * @param action     {@code CREATE}, {@code UPDATE} or {@code DELETE}
 * @param entity     table of the changed item, e.g. {@code hazard_area}
 * @param entityId   id of the changed item
 * @param beforeJson the item before the change, null for CREATE
 * @param afterJson  the item after the change, null for DELETE
 * @param prevHash   hash of the previous entry (64 zeros for the first)
 * @param hash       SHA-256 hex over this entry's content and {@code prevHash}
 */
public record AuditEntry(long seq, Instant time, String user, Action action, String entity, long entityId,
        String beforeJson, String afterJson, String prevHash, String hash) {

    /** What a change did to an item. */
    public enum Action {
        CREATE, UPDATE, DELETE
    }

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
