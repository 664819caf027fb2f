package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.mineledger.model.HazardReference;

/**
 * One thing a team must do by a date.
 *
 * @param uid    stable identifier (same item, same uid in every export), for calendar programs
 * @param reason why it is due, naming the rule or event
 */
public record ScheduledItem(String uid, HazardReference area, String team, ItemKind kind, LocalDate due,
        String title, String reason) {
    public ScheduledItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(title, "title");
        team = team == null ? "" : team;
        reason = reason == null ? "" : reason;
    }
}
