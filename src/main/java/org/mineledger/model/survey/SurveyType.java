package org.mineledger.model.survey;

/** Non-technical survey (IMAS 08.10) or technical survey (IMAS 08.20). */
public enum SurveyType {
    NTS, TS;

    public static SurveyType parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "NTS", "NON-TECHNICAL", "NON_TECHNICAL" -> NTS;
            case "TS", "TECHNICAL" -> TS;
            default -> throw new IllegalArgumentException("Unknown survey type '" + text
                    + "'. Use NTS (non-technical) or TS (technical).");
        };
    }
}
