package org.mineledger.model.laid;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mine counts of a record, always computed from its strips so that no total is typed twice.
 *
 * @param byModel mines per model, models in alphabetical order
 * @param ap      anti-personnel mines
 * @param at      anti-tank mines
 */
public record MineTotals(Map<String, Integer> byModel, int ap, int at) {

    public MineTotals {
        byModel = Collections.unmodifiableMap(new TreeMap<>(byModel));
    }

    /** Adds up the mines of every strip. */
    public static MineTotals of(List<Strip> strips) {
        Map<String, Integer> models = new TreeMap<>();
        int ap = 0;
        int at = 0;
        for (Strip s : strips) {
            for (MineEntry m : s.mines()) {
                models.merge(m.model(), m.count(), Integer::sum);
                if (m.category() == MineCategory.AP) {
                    ap += m.count();
                } else {
                    at += m.count();
                }
            }
        }
        return new MineTotals(models, ap, at);
    }

    public int total() {
        return ap + at;
    }
}
