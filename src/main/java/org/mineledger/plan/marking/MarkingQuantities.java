package org.mineledger.plan.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pickets, materials and person-hours for a marked line, each with the basis a reader can check. */
final class MarkingQuantities {
    /** Spare tape or wire for ties, sag and joins: a MineLedger planning assumption. */
    static final double STRAND_WASTAGE = 0.05;

    private final int pickets;
    private final List<MaterialLine> materials = new ArrayList<>();
    private final double personHours;
    private final List<String> assumptions = new ArrayList<>();

    MarkingQuantities(MarkingOptions o, List<Double> edgeLengths, int signs) {
        double perimeter = edgeLengths.stream().mapToDouble(Double::doubleValue).sum();
        double interval = o.picketInterval().metres();
        int p = 0;
        if (o.barrier() != BarrierKind.NONE) {
            for (double len : edgeLengths) {
                p += (int) Math.ceil(len / interval - 1e-9); // one at the turning point, then at most every interval
            }
        }
        this.pickets = p;
        materials.add(new MaterialLine("warning sign (triangle about 28 x 20 cm or square about 15 cm, red or "
                + "orange, yellow reflecting border, mine symbol, local language and a UN language)", signs, "pcs",
                "one per sign position; sign form per Amended Protocol II Technical Annex"));
        materials.add(new MaterialLine("sign post", signs, "pcs", "one per sign"));
        double strand = 0;
        if (o.barrier() != BarrierKind.NONE) {
            materials.add(new MaterialLine("picket", p, "pcs", String.format(Locale.ROOT,
                    "one at every turning point and at most every %s m", MarkingPlanner.plain(interval))));
            strand = perimeter * o.strands() * (1 + STRAND_WASTAGE);
            materials.add(new MaterialLine(o.barrier().label(), Math.ceil(strand), "m", String.format(Locale.ROOT,
                    "%.1f m perimeter x %d strand(s) + %d %% for ties and sag", perimeter, o.strands(),
                    Math.round(STRAND_WASTAGE * 100))));
        }
        LabourRates r = o.rates();
        this.personHours = signs * r.minutesPerSign() / 60 + p * r.minutesPerPicket() / 60
                + strand / r.metresPerHourPerStrand();
        assumptions.add("Labour estimate assumes " + r.describe()
                + " (MineLedger planning rates, not a standard; replace with your team's rates).");
        assumptions.add("Barrier: " + o.barrier().label()
                + (o.barrier() == BarrierKind.NONE ? "" : ", " + o.strands() + " strand(s)") + ".");
    }

    int pickets() {
        return pickets;
    }

    List<MaterialLine> materials() {
        return materials;
    }

    double personHours() {
        return personHours;
    }

    List<String> assumptions() {
        return assumptions;
    }
}
