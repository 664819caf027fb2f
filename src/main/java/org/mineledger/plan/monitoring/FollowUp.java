package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.model.HazardReference;

/**
 * A task created by a failed inspection item, e.g. "Replace missing sign S-004".
 *
 * @param id            database id, 0 before it is stored
 * @param inspectionId  the inspection that found the fault (0 before it is stored)
 * @param done          the day the task was completed, empty while open
 */
public record FollowUp(long id, long inspectionId, HazardReference area, String team, String task, LocalDate due,
        Optional<LocalDate> done) {
    public FollowUp {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(done, "done");
        team = team == null ? "" : team.strip();
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("A follow-up task for " + area + " needs a description.");
        }
    }

    /** Whether the task is about sign {@code number} (e.g. "Repair or replace damaged sign S-015" and S-015). */
    public boolean concernsSign(String number) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(number) + "\\b")
                .matcher(task).find();
    }

    public boolean isOpen() {
        return done.isEmpty();
    }
}
