package org.mineledger.plan.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineledger.model.HazardReference;

/** Everything recorded about monitoring in one workspace, as the scheduler needs it. */
public record MonitoringRecords(List<MonitoringSettings> settings, List<InspectionRecord> inspections,
        List<MonitoringEvent> events, List<FollowUp> followUps, Map<HazardReference, SelfDestructSpec> selfDestruct) {

    public static final MonitoringRecords NONE = new MonitoringRecords(List.of(), List.of(), List.of(), List.of(),
            Map.of());

    public MonitoringRecords {
        settings = List.copyOf(settings);
        inspections = List.copyOf(inspections);
        events = List.copyOf(events);
        followUps = List.copyOf(followUps);
        selfDestruct = Map.copyOf(selfDestruct);
    }

    /** The settings of one area, or the conservative {@link MonitoringSettings#unset} ones. */
    public MonitoringSettings settings(HazardReference area) {
        return settings.stream().filter(s -> s.area().equals(area)).findFirst()
                .orElse(MonitoringSettings.unset(area));
    }

    public List<InspectionRecord> inspections(HazardReference area) {
        return inspections.stream().filter(i -> i.area().equals(area)).toList();
    }

    public List<MonitoringEvent> events(HazardReference area) {
        return events.stream().filter(e -> e.area().equals(area)).toList();
    }

    public List<FollowUp> followUps(HazardReference area) {
        return followUps.stream().filter(f -> f.area().equals(area)).toList();
    }

    public Optional<SelfDestructSpec> selfDestruct(HazardReference area) {
        return Optional.ofNullable(selfDestruct.get(area));
    }
}
