package org.mineledger.plan.monitoring;

import java.util.Locale;

/** Something that happened to a marked area and calls for an extra inspection of its marking. */
public enum EventKind {
    FLOOD("flood"), STORM("storm"), FIRE("fire"), FROST_HEAVE("frost heave"), REPORTED_ENTRY("reported entry");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads an enum name or label, ignoring case, spaces and dashes. */
    public static EventKind parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (EventKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown event '" + text
                + "'. Use flood, storm, fire, frost heave or reported entry.");
    }
}
