package org.mineledger.plan.marking;

/** What runs between the pickets of the marked line. */
public enum BarrierKind {
    /** Marking tape (temporary marking, IMAS 08.40 "temporary" hazard marking). */
    TAPE("marking tape"),
    /** Wire fence (longer-term perimeter marking and fencing, Amended Protocol II Technical Annex). */
    WIRE("fence wire"),
    /** Signs only, no continuous barrier. */
    NONE("none");

    private final String label;

    BarrierKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
