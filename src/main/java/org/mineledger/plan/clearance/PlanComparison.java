package org.mineledger.plan.clearance;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Two plans side by side (e.g. with and without one more team): what changes in end date, cost and tasks. */
public record PlanComparison(Plan base, Plan variant) {
    public PlanComparison {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(variant, "variant");
    }

    /** Days the variant ends later than the base (negative: earlier). */
    public long endShiftDays() {
        return ChronoUnit.DAYS.between(base.end(), variant.end());
    }

    public double costChangeUsd() {
        return variant.costUsd() - base.costUsd();
    }

    /** One line per figure: name, base, variant. */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Teams", String.valueOf(base.teams().size()), String.valueOf(variant.teams().size())});
        rows.add(new String[] {"Tasks planned", String.valueOf(base.assignments().size()),
            String.valueOf(variant.assignments().size())});
        rows.add(new String[] {"Tasks not planned", String.valueOf(base.unscheduled().size()),
            String.valueOf(variant.unscheduled().size())});
        rows.add(new String[] {"End date", base.end().toString(), variant.end().toString()});
        rows.add(new String[] {"Duration (calendar days)", String.valueOf(base.durationDays()),
            String.valueOf(variant.durationDays())});
        rows.add(new String[] {"Team working days", String.valueOf(base.teamDays()),
            String.valueOf(variant.teamDays())});
        rows.add(new String[] {"Cost (US$)", money(base.costUsd()), money(variant.costUsd())});
        rows.add(new String[] {"Area (m²)", money(base.areaM2()), money(variant.areaM2())});
        return rows;
    }

    /** {@code ends 34 days earlier, costs US$1,200 more}. */
    public String summary() {
        long shift = endShiftDays();
        double cost = costChangeUsd();
        String when = shift == 0 ? "ends on the same day" : shift < 0 ? "ends " + -shift + " days earlier"
                : "ends " + shift + " days later";
        String money = Math.abs(cost) < 0.5 ? "costs the same as"
                : String.format(Locale.ROOT, "costs US$%,.0f %s than", Math.abs(cost), cost < 0 ? "less" : "more");
        return variant.name() + " " + when + " and " + money + " " + base.name();
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
