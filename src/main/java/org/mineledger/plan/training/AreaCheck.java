package org.mineledger.plan.training;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;

/** A hazard area's geodesic area (WGS84) is within a percentage of the expected area. */
public record AreaCheck(HazardReference hazard, double expectedM2, double tolerancePercent, String hint)
        implements StepCheck {

    public AreaCheck {
        Objects.requireNonNull(hazard, "hazard");
        hint = hint == null ? "" : hint.strip();
        if (!(expectedM2 > 0) || !(tolerancePercent > 0 && tolerancePercent < 100)) {
            throw new IllegalArgumentException("Area check for " + hazard + " needs an expected area above 0 m² and "
                    + "a tolerance between 0 and 100 %.");
        }
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(a -> {
            double m2 = new GeodesicArea(a.polygon()).area();
            double off = 100 * (m2 - expectedM2) / expectedM2;
            if (Math.abs(off) <= tolerancePercent) {
                return CheckResult.pass(String.format(Locale.ROOT, "%s has %,.0f m² (expected %,.0f m², %+.1f %%).",
                        hazard, m2, expectedM2, off));
            }
            return CheckResult.fail(String.format(Locale.ROOT, "%s has %,.0f m² but should have %,.0f m² ± %.1f %% "
                    + "(%,.0f to %,.0f m²); it is %.1f %% too %s.%s", hazard, m2, expectedM2, tolerancePercent,
                    low(), high(), Math.abs(off), off > 0 ? "large" : "small", Hints.sentence(hint)));
        }).orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return String.format(Locale.ROOT, "%s has %,.0f m² ± %.1f %% (%,.0f to %,.0f m²)", hazard, expectedM2,
                tolerancePercent, low(), high());
    }

    private double low() {
        return expectedM2 * (1 - tolerancePercent / 100);
    }

    private double high() {
        return expectedM2 * (1 + tolerancePercent / 100);
    }
}
