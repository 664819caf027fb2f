package org.mineledger.model.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One survey visit to a hazard area.
 *
 * @param type       NTS or TS
 * @param date       the day of the survey
 * @param team       team name or number
 * @param method     how it was done, e.g. {@code community interviews} or {@code detector-supported TS, 1 m lanes}
 * @param evidence   what was found or reported
 * @param informants who was interviewed (names or roles), may be empty for TS
 */
public record SurveyActivity(SurveyType type, LocalDate date, String team, String method, String evidence,
        List<String> informants) {

    public SurveyActivity {
        Objects.requireNonNull(type, "Choose NTS or TS.");
        Objects.requireNonNull(date, "Enter the date of the survey.");
        team = team == null ? "" : team.strip();
        method = method == null ? "" : method.strip();
        evidence = evidence == null ? "" : evidence.strip();
        informants = informants == null ? List.of() : List.copyOf(informants);
        if (team.isEmpty()) {
            throw new IllegalArgumentException("Enter the survey team.");
        }
        if (method.isEmpty()) {
            throw new IllegalArgumentException("Enter the survey method.");
        }
    }
}
