package org.mineledger.plan.marking;

/**
 * Work rates a labour estimate assumes. The defaults are MineLedger planning assumptions, not taken from a
 * standard: replace them with your own team's measured rates.
 *
 * @param minutesPerSign        to dig in a post and fix one sign, per person
 * @param minutesPerPicket      to drive in one picket, per person
 * @param metresPerHourPerStrand to run one strand of tape or wire along pickets, per person
 */
public record LabourRates(double minutesPerSign, double minutesPerPicket, double metresPerHourPerStrand) {
    /** 15 min a sign, 5 min a picket, 200 m of strand an hour: MineLedger planning assumptions. */
    public static final LabourRates DEFAULT = new LabourRates(15, 5, 200);

    public LabourRates {
        if (!(minutesPerSign > 0) || !(minutesPerPicket > 0) || !(metresPerHourPerStrand > 0)
                || !Double.isFinite(minutesPerSign + minutesPerPicket + metresPerHourPerStrand)) {
            throw new IllegalArgumentException("Labour rates must be positive numbers: minutes per sign "
                    + minutesPerSign + ", minutes per picket " + minutesPerPicket + ", metres of strand per hour "
                    + metresPerHourPerStrand + ".");
        }
    }

    /** How the rates read on a plan, e.g. "15 min per sign, 5 min per picket, 200 m of strand per hour". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s min per sign, %s min per picket, %s m of strand per hour",
                plain(minutesPerSign), plain(minutesPerPicket), plain(metresPerHourPerStrand));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
