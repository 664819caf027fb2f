package org.mineledger.plan.training;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;

/**
 * A corner of a hazard area lies within a tolerance of an expected position, measured on the WGS84 ellipsoid.
 *
 * @param label        the point's name in the exercise, e.g. {@code TP3}
 * @param expected     where the corner must be
 * @param expectedText the expected position as the exercise writes it (any supported coordinate system)
 * @param derivation   how the position follows from the record, e.g. "1,240 mils, 85 m from TP2"
 * @param hint         what to look at when the corner is off, e.g. "check the bearing unit (mils vs degrees)"
 */
public record VertexNearCheck(HazardReference hazard, String label, GeoPoint expected, String expectedText,
        String derivation, Distance tolerance, String hint) implements StepCheck {

    public VertexNearCheck {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(tolerance, "tolerance");
        label = label == null || label.isBlank() ? "The corner" : label.strip();
        expectedText = expectedText == null ? "" : expectedText.strip();
        derivation = derivation == null ? "" : derivation.strip();
        hint = hint == null ? "" : hint.strip();
        if (tolerance.metres() <= 0) {
            throw new IllegalArgumentException("The tolerance for " + label + " must be more than 0 m.");
        }
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(this::nearest).orElseGet(() -> HazardLookup.missing(hazard));
    }

    private CheckResult nearest(HazardArea area) {
        Coordinate[] ring = area.polygon().getExteriorRing().getCoordinates();
        double best = Double.MAX_VALUE;
        int corner = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            double d = Geodesy.inverse(expected, new GeoPoint(ring[i].y, ring[i].x)).distance().metres();
            if (d < best) {
                best = d;
                corner = i + 1;
            }
        }
        if (best <= tolerance.metres()) {
            return CheckResult.pass(String.format(Locale.ROOT, "%s of %s is %.1f m from where it should be "
                    + "(corner %d; tolerance %.1f m).", label, hazard, best, corner, tolerance.metres()));
        }
        return CheckResult.fail(String.format(Locale.ROOT, "%s of %s is %,.1f m from where it should be "
                + "(%s%s); the nearest corner is corner %d and the tolerance is %.1f m.%s", label, hazard, best,
                place(), derivation.isEmpty() ? "" : ": " + derivation, corner, tolerance.metres(),
                Hints.sentence(hint)));
    }

    private String place() {
        return expectedText.isEmpty()
                ? String.format(Locale.ROOT, "%.7f N, %.7f E", expected.lat(), expected.lon()) : expectedText;
    }

    @Override
    public String expectation() {
        return String.format(Locale.ROOT, "%s of %s within %.1f m of %s%s", label, hazard, tolerance.metres(), place(),
                derivation.isEmpty() ? "" : " (" + derivation + ")");
    }
}
