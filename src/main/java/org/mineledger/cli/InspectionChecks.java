package org.mineledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mineledger.model.HazardReference;
import org.mineledger.model.PastDay;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.plan.monitoring.MonitoringRecords;

/**
 * What {@code inspect} checks against the records before it stores anything: the day, the sign numbers against
 * the area's latest marking plan, and the follow-up tasks it is asked to close.
 */
final class InspectionChecks {
    private final HazardReference area;
    private final MonitoringRecords records;
    private final List<Sign> planSigns;

    InspectionChecks(HazardReference area, MonitoringRecords records, List<Sign> planSigns) {
        this.area = area;
        this.records = records;
        this.planSigns = planSigns;
    }

    /** Refuses a day after today or before monitoring of the area started. */
    LocalDate day(LocalDate day, LocalDate today, String what) {
        PastDay.require(day, today, what);
        records.settings(area).monitoringFrom().filter(day::isBefore).ifPresent(from -> {
            throw new IllegalArgumentException(what + " " + day + " is before monitoring of " + area + " started ("
                    + from + "); check the year, or change the first day with 'mineledger monitor-setup --from'.");
        });
        return day;
    }

    /** Refuses sign numbers that are not on the area's latest marking plan, naming the signs it has. */
    void signs(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        if (planSigns.isEmpty()) {
            throw new IllegalArgumentException(area + " has no marking plan, so its signs have no numbers; make one "
                    + "with 'mineledger mark WORKSPACE " + area + "', or describe the fault with --note.");
        }
        Set<String> known = new LinkedHashSet<>(planSigns.stream().map(Sign::number).toList());
        List<String> unknown = numbers.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not on the marking plan of " + area + ", which has signs " + range(List.copyOf(known))
                    + "; check the sign number.");
        }
    }

    /**
     * The open follow-up tasks to close: those named by id, and for each repaired sign the open tasks about it.
     * Refuses an id that is not an open task of this area and a repaired sign with no open task.
     */
    List<Long> closing(Collection<Long> ids, Collection<String> repairedSigns) {
        List<FollowUp> open = records.followUps(area).stream().filter(FollowUp::isOpen).toList();
        Set<Long> out = new LinkedHashSet<>();
        for (long id : ids) {
            if (open.stream().noneMatch(f -> f.id() == id)) {
                throw new IllegalArgumentException("There is no open follow-up task " + id + " at " + area
                        + "; 'mineledger monitor --area " + area + "' lists the open ones with their numbers.");
            }
            out.add(id);
        }
        for (String sign : repairedSigns) {
            List<Long> about = open.stream().filter(f -> f.concernsSign(sign)).map(FollowUp::id).toList();
            if (about.isEmpty()) {
                throw new IllegalArgumentException(area + " has no open follow-up task for sign " + sign
                        + "; nothing to close.");
            }
            out.addAll(about);
        }
        return new ArrayList<>(out);
    }

    private static String range(List<String> numbers) {
        return numbers.size() <= 6 ? String.join(", ", numbers)
                : numbers.get(0) + "…" + numbers.get(numbers.size() - 1) + " (" + numbers.size() + " signs)";
    }
}
