package org.mineledger.plan.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The asset types a programme plans with; codes are unique. */
public record AssetCatalogue(List<AssetType> types) {
    /** Vegetation factors light, medium, dense and soil factors soft, firm, rocky applied to a base rate. */
    private static final double[] MANUAL_VEG = {1.0, 0.5, 0.2};
    private static final double[] MANUAL_SOIL = {1.0, 0.9, 0.6};
    private static final double[] MDD_VEG = {1.0, 0.8, 0.45};
    private static final double[] MDD_SOIL = {1.0, 1.0, 0.9};
    private static final double[] MECH_VEG = {1.0, 0.8, 0.6};
    private static final double[] MECH_SOIL = {1.0, 0.8, 0.4};

    public AssetCatalogue {
        types = List.copyOf(types);
        List<String> seen = new ArrayList<>();
        for (AssetType t : types) {
            if (seen.contains(t.code())) {
                throw new IllegalArgumentException("Asset code '" + t.code() + "' is used twice in the catalogue; "
                        + "give each asset type its own code.");
            }
            seen.add(t.code());
        }
    }

    public Optional<AssetType> find(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The asset type with {@code code}, or a message listing the codes there are. */
    public AssetType require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No asset type '" + code
                + "' in the catalogue; known codes: " + String.join(", ", types.stream().map(AssetType::code).toList())
                + "."));
    }

    public AssetCatalogue with(AssetType changed) {
        List<AssetType> out = new ArrayList<>();
        boolean replaced = false;
        for (AssetType t : types) {
            if (t.code().equals(changed.code())) {
                out.add(changed);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(changed);
        }
        return new AssetCatalogue(out);
    }

    /**
     * MineLedger's starting figures: DEFAULTS TO BE CHANGED to the programme's own measured rates and costs.
     * Each type names where its figures come from; the ground-class factors are MineLedger planning
     * assumptions, not published values.
     */
    public static AssetCatalogue defaults() {
        return new AssetCatalogue(List.of(
                new AssetType("manual", AssetKind.MANUAL, "Manual team (8 deminers, section leader, medic)", 10,
                        2_000, AssetType.table(400, MANUAL_VEG, MANUAL_SOIL),
                        "DEFAULT: 8 deminers × 50 m²/day on light, soft ground (HALO Trust: 10–50 m² per deminer per"
                                + " day by terrain); cost set to about US$10/m² on medium ground (GICHD cost range"
                                + " US$2–39/m²); ground factors are MineLedger assumptions",
                        true),
                new AssetType("mdd", AssetKind.MDD, "Mine detection dog team (2 dogs, 2 handlers, team leader)", 5,
                        1_500, AssetType.table(850, MDD_VEG, MDD_SOIL),
                        "DEFAULT: two dogs 800–900 m²/day (GICHD Mine Detection Dogs figures), no work above 30 °C;"
                                + " daily cost and ground factors are MineLedger assumptions",
                        true),
                new AssetType("mech", AssetKind.MECHANICAL, "Mechanical asset (medium flail, 2 operators, mechanic)",
                        4, 3_500, AssetType.table(3_000, MECH_VEG, MECH_SOIL),
                        "DEFAULT: MineLedger planning assumption (flail ground preparation, about 20 cm depth);"
                                + " replace with the machine's measured rate and cost",
                        true)));
    }
}
