package org.mineledger.plan.monitoring;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * Inspection intervals by kind of area, nearness to people and status, and how soon after an event an extra
 * inspection is due. The defaults are MineLedger's, not a standard's: Amended Protocol II asks that areas be
 * "monitored" until cleared without a frequency, so set the national authority's intervals here.
 *
 * @param laidNear        laid minefield near a settlement (default monthly)
 * @param laidElsewhere   laid minefield elsewhere (default every 3 months)
 * @param confirmedNear   confirmed hazard area near a settlement (default monthly)
 * @param confirmedElsewhere confirmed hazard area elsewhere (default every 3 months)
 * @param suspectedNear   suspected hazard area near a settlement (default every 3 months)
 * @param suspectedElsewhere suspected hazard area elsewhere (default every 6 months)
 * @param releasedAwaitingHandover cancelled, reduced or cleared land not yet handed over (default every 3 months)
 * @param eventResponse   time from an event to the extra inspection
 */
public record MonitoringRules(Period laidNear, Period laidElsewhere, Period confirmedNear, Period confirmedElsewhere,
        Period suspectedNear, Period suspectedElsewhere, Period releasedAwaitingHandover,
        Map<EventKind, Period> eventResponse) {

    public MonitoringRules {
        for (Period p : new Period[] {laidNear, laidElsewhere, confirmedNear, confirmedElsewhere, suspectedNear,
            suspectedElsewhere, releasedAwaitingHandover}) {
            Objects.requireNonNull(p, "interval");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("An inspection interval must be at least one day, not " + p + ".");
            }
        }
        eventResponse = Map.copyOf(eventResponse);
        for (EventKind k : EventKind.values()) {
            if (!eventResponse.containsKey(k)) {
                throw new IllegalArgumentException("Set how soon to inspect after a " + k.label() + ".");
            }
        }
    }

    /** MineLedger defaults: see the parameters. Events: reported entry 1 day; flood, storm, fire 3; frost heave 7. */
    public static MonitoringRules defaults() {
        Map<EventKind, Period> e = new EnumMap<>(EventKind.class);
        e.put(EventKind.REPORTED_ENTRY, Period.ofDays(1));
        e.put(EventKind.FLOOD, Period.ofDays(3));
        e.put(EventKind.STORM, Period.ofDays(3));
        e.put(EventKind.FIRE, Period.ofDays(3));
        e.put(EventKind.FROST_HEAVE, Period.ofDays(7));
        return new MonitoringRules(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(1), Period.ofMonths(3),
                Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(3), e);
    }

    /** The routine interval for an area; none (empty) once it is handed over. */
    public java.util.Optional<Period> interval(HazardKind kind, HazardStatus status, boolean nearSettlement) {
        if (status == HazardStatus.HANDED_OVER) {
            return java.util.Optional.empty();
        }
        if (status.isReleased()) {
            return java.util.Optional.of(releasedAwaitingHandover);
        }
        return java.util.Optional.of(switch (kind) {
            case LAID_MINEFIELD -> nearSettlement ? laidNear : laidElsewhere;
            case CONFIRMED -> nearSettlement ? confirmedNear : confirmedElsewhere;
            case SUSPECTED -> nearSettlement ? suspectedNear : suspectedElsewhere;
        });
    }

    /** The rule's name as printed in a schedule, e.g. "laid minefield near a settlement: every P1M". */
    static String describe(HazardKind kind, HazardStatus status, boolean near, Period p) {
        String what = !status.isReleased()
                ? kind.label().toLowerCase(java.util.Locale.ROOT) + (near ? " near a settlement" : " away from settlements")
                : status.label().toLowerCase(java.util.Locale.ROOT) + " land awaiting handover";
        return what + ": every " + words(p) + " (MineLedger default unless changed)";
    }

    static String words(Period p) {
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() == 1 ? "day" : p.getDays() + " days";
        }
        if (p.getYears() == 0 && p.getDays() == 0) {
            return p.getMonths() == 1 ? "month" : p.getMonths() + " months";
        }
        return p.toString();
    }
}
