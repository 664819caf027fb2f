package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mineledger.model.HazardReference;

/**
 * How one hazard area is monitored: by which team, whether people live near it, since when.
 *
 * @param team            team responsible, e.g. "Team 2"; "" when not assigned
 * @param nearSettlement  homes, roads or farmland close by, which shortens the inspection interval
 * @param monitoringFrom  first day of monitoring; empty means the day the area was recorded
 */
public record MonitoringSettings(HazardReference area, String team, boolean nearSettlement,
        Optional<LocalDate> monitoringFrom) {
    public MonitoringSettings {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(monitoringFrom, "monitoringFrom");
        team = team == null ? "" : team.strip();
    }

    /**
     * Settings for an area nobody has set up yet: no team, and treated as near a settlement so it gets the
     * shorter interval until someone says otherwise.
     */
    public static MonitoringSettings unset(HazardReference area) {
        return new MonitoringSettings(area, "", true, Optional.empty());
    }
}
