package org.mineledger.model;

/** Where a record stands: draft, submitted for sign-off, or signed off (then locked). */
public enum RecordStatus {
    DRAFT, SUBMITTED, SIGNED_OFF;

    /** True when the record may no longer be changed; a correction makes a new revision. */
    public boolean isLocked() {
        return this == SIGNED_OFF;
    }

    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Submitted";
            case SIGNED_OFF -> "Signed off";
        };
    }
}
