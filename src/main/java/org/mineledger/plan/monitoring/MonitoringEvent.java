package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.mineledger.model.HazardReference;

/**
 * A recorded event at a marked area (flood, storm, fire, frost heave, reported entry).
 *
 * @param id       database id, 0 before it is stored
 * @param occurred local date it happened or was reported
 */
public record MonitoringEvent(long id, HazardReference area, EventKind kind, LocalDate occurred, String note) {
    public MonitoringEvent {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurred, "occurred");
        note = note == null ? "" : note.strip();
    }
}
