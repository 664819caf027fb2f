package org.mineledger.plan.monitoring;

/** What a scheduled monitoring item asks a team to do. */
public enum ItemKind {
    ROUTINE_INSPECTION("Inspection"),
    EVENT_INSPECTION("Inspection after event"),
    SELF_DESTRUCT_REVIEW("Self-destruct review"),
    SELF_DEACTIVATION_REVIEW("Self-deactivation review"),
    FOLLOW_UP("Follow-up");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
