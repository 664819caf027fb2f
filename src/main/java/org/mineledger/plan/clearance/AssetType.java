package org.mineledger.plan.clearance;

import java.util.Map;
import java.util.Objects;

/**
 * One type of clearance asset with the figures the planner uses for it.
 *
 * @param code           short name used on the command line and in team lists, e.g. {@code manual}
 * @param teamSize       people in the team (deminers, section leader, medic; handlers for dogs; operators)
 * @param dailyCostUsd   all-in cost of the team for one working day, US dollars
 * @param productivity   cleared m² per working day for each vegetation × soil class
 * @param source         where the figures come from, printed next to every figure that uses them
 * @param isDefault      true while the figures are MineLedger's defaults, not the programme's own
 */
public record AssetType(String code, AssetKind kind, String name, int teamSize, double dailyCostUsd,
        Map<GroundClass, Double> productivity, String source, boolean isDefault) {

    public AssetType {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code.strip();
        name = name == null || name.isBlank() ? kind.label() : name.strip();
        source = source == null ? "" : source.strip();
        if (!code.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("Asset code '" + code
                    + "' must be lower-case letters, digits, '-' or '_', starting with a letter.");
        }
        if (teamSize < 1) {
            throw new IllegalArgumentException("Asset " + code + ": team size " + teamSize + " must be at least 1.");
        }
        if (!(dailyCostUsd >= 0) || !Double.isFinite(dailyCostUsd)) {
            throw new IllegalArgumentException("Asset " + code + ": daily cost " + dailyCostUsd
                    + " must be zero or more US dollars.");
        }
        Map<GroundClass, Double> copy = new java.util.HashMap<>(productivity);
        for (GroundClass.Vegetation v : GroundClass.Vegetation.values()) {
            for (GroundClass.Soil s : GroundClass.Soil.values()) {
                Double m2 = copy.get(new GroundClass(v, s));
                if (m2 == null || !(m2 > 0) || !Double.isFinite(m2)) {
                    throw new IllegalArgumentException("Asset " + code + ": productivity for "
                            + new GroundClass(v, s) + " must be a positive number of m² per day, not " + m2 + ".");
                }
            }
        }
        productivity = Map.copyOf(copy);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("Asset " + code + " needs a source for its figures "
                    + "(e.g. 'programme records 2025'), so that printed plans can say where they come from.");
        }
    }

    /** m² this asset clears in one working day on ground of class {@code ground}. */
    public double m2PerDay(GroundClass ground) {
        return productivity.get(ground);
    }

    /** Productivity filled from a base rate and factors by vegetation and soil (rate × fv × fs for each class). */
    static Map<GroundClass, Double> table(double baseM2PerDay, double[] vegetationFactors, double[] soilFactors) {
        Map<GroundClass, Double> m = new java.util.LinkedHashMap<>();
        for (GroundClass.Vegetation v : GroundClass.Vegetation.values()) {
            for (GroundClass.Soil s : GroundClass.Soil.values()) {
                m.put(new GroundClass(v, s),
                        Math.round(baseM2PerDay * vegetationFactors[v.ordinal()] * soilFactors[s.ordinal()]) * 1.0);
            }
        }
        return m;
    }

    public AssetType withFigures(int newTeamSize, double newDailyCostUsd, Map<GroundClass, Double> newProductivity,
            String newSource) {
        return new AssetType(code, kind, name, newTeamSize, newDailyCostUsd, newProductivity, newSource, false);
    }
}
