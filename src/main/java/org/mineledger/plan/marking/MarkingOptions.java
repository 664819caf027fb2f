package org.mineledger.plan.marking;

import java.util.Objects;
import org.mineledger.geo.Distance;

/**
 * What the user chose for a marking plan.
 *
 * @param maxSignSpacing   longest allowed gap between two signs along the marked line
 * @param outerBuffer      mark this far outside the hazard polygon; zero marks the polygon itself
 * @param picketInterval   longest gap between two pickets of the barrier
 * @param barrier          tape, wire or none
 * @param strands          strands of tape or wire between pickets (ignored for {@link BarrierKind#NONE})
 * @param rates            work rates for the labour estimate
 */
public record MarkingOptions(Distance maxSignSpacing, Distance outerBuffer, Distance picketInterval,
        BarrierKind barrier, int strands, LabourRates rates) {

    /**
     * Default maximum sign spacing, 25 m. CCW Amended Protocol II, Technical Annex para. 4, asks only that signs be
     * placed so that a civilian approaching the area sees one from any point; it gives no figure, and neither do
     * MineLedger's domain notes. 25 m is therefore a MineLedger default, not a standard: the national SOP sets it.
     */
    public static final Distance DEFAULT_SIGN_SPACING = Distance.ofMetres(25);
    /** Where {@link #DEFAULT_SIGN_SPACING} comes from, as printed next to it in the UI, the CLI help and the PDF. */
    public static final String DEFAULT_SPACING_SOURCE = "MineLedger default, not a standard: CCW Amended Protocol II, "
            + "Technical Annex gives no figure (a civilian approaching must see a sign from any point); "
            + "set the spacing of your national SOP";

    /** Default picket interval 5 m: a MineLedger default so tape does not sag to the ground; editable. */
    public static final Distance DEFAULT_PICKET_INTERVAL = Distance.ofMetres(5);

    public MarkingOptions {
        Objects.requireNonNull(maxSignSpacing, "maxSignSpacing");
        Objects.requireNonNull(outerBuffer, "outerBuffer");
        Objects.requireNonNull(picketInterval, "picketInterval");
        Objects.requireNonNull(barrier, "barrier");
        Objects.requireNonNull(rates, "rates");
        if (maxSignSpacing.metres() < 1) {
            throw new IllegalArgumentException("Sign spacing " + maxSignSpacing
                    + " is too small: enter at least 1 m (the default is 25 m).");
        }
        if (picketInterval.metres() < 0.5) {
            throw new IllegalArgumentException("Picket interval " + picketInterval
                    + " is too small: enter at least 0.5 m (the default is 5 m).");
        }
        if (outerBuffer.metres() > 1000) {
            throw new IllegalArgumentException("Outer buffer " + outerBuffer
                    + " is more than 1 km; check the value (it is in metres).");
        }
        if (barrier != BarrierKind.NONE && (strands < 1 || strands > 10)) {
            throw new IllegalArgumentException("Enter 1 to 10 strands of " + barrier.label() + ", not " + strands
                    + ".");
        }
    }

    /** 25 m sign spacing, no buffer, one strand of tape on pickets every 5 m, default labour rates. */
    public static MarkingOptions defaults() {
        return new MarkingOptions(DEFAULT_SIGN_SPACING, Distance.ZERO, DEFAULT_PICKET_INTERVAL, BarrierKind.TAPE,
                1, LabourRates.DEFAULT);
    }

    public MarkingOptions withSpacing(Distance spacing) {
        return new MarkingOptions(spacing, outerBuffer, picketInterval, barrier, strands, rates);
    }

    public MarkingOptions withBuffer(Distance buffer) {
        return new MarkingOptions(maxSignSpacing, buffer, picketInterval, barrier, strands, rates);
    }

    /** Says where the spacing came from: the default's source, or that the user set it. */
    public String spacingSource() {
        return maxSignSpacing.equals(DEFAULT_SIGN_SPACING) ? DEFAULT_SPACING_SOURCE
                : "set by the user (MineLedger's default is 25 m)";
    }

    public MarkingOptions withPickets(Distance interval) {
        return new MarkingOptions(maxSignSpacing, outerBuffer, interval, barrier, strands, rates);
    }

    public MarkingOptions withBarrier(BarrierKind kind, int strandCount) {
        return new MarkingOptions(maxSignSpacing, outerBuffer, picketInterval, kind, strandCount, rates);
    }
}
