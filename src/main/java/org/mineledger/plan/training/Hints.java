package org.mineledger.plan.training;

/** Turns a trainer's hint from the scenario file into the closing sentence of a failure message. */
final class Hints {
    private Hints() {
    }

    /** " Check the bearing unit." for "check the bearing unit", or "" when there is no hint. */
    static String sentence(String hint) {
        if (hint == null || hint.isBlank()) {
            return "";
        }
        String h = hint.strip();
        String capital = Character.toUpperCase(h.charAt(0)) + h.substring(1);
        return " " + (capital.endsWith(".") ? capital : capital + ".");
    }
}
