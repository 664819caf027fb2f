package org.mineledger.map;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * Which hazard areas the map draws: those whose kind and whose status are both shown.
 *
 * @param kinds    the kinds shown (SHA, CHA, laid minefield)
 * @param statuses the land-release statuses shown
 */
public record HazardFilter(Set<HazardKind> kinds, Set<HazardStatus> statuses) implements Predicate<HazardArea> {
    /** Every kind and every status. */
    public static final HazardFilter ALL = new HazardFilter(EnumSet.allOf(HazardKind.class),
            EnumSet.allOf(HazardStatus.class));

    public HazardFilter {
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(statuses, "statuses");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    @Override
    public boolean test(HazardArea area) {
        return kinds.contains(area.kind()) && statuses.contains(area.status());
    }

    /** True when nothing is hidden. */
    public boolean showsAll() {
        return kinds.size() == HazardKind.values().length && statuses.size() == HazardStatus.values().length;
    }

    /** The same filter with {@code kind} shown or hidden. */
    public HazardFilter withKind(HazardKind kind, boolean shown) {
        return new HazardFilter(toggled(kinds, kind, shown), statuses);
    }

    /** The same filter with {@code status} shown or hidden. */
    public HazardFilter withStatus(HazardStatus status, boolean shown) {
        return new HazardFilter(kinds, toggled(statuses, status, shown));
    }

    /** A copy of {@code set} with {@code value} in it or not; also used for the base-map layer switches. */
    public static <E extends Enum<E>> Set<E> toggled(Set<E> set, E value, boolean in) {
        Set<E> copy = EnumSet.noneOf(value.getDeclaringClass());
        copy.addAll(set);
        if (in) {
            copy.add(value);
        } else {
            copy.remove(value);
        }
        return Set.copyOf(copy);
    }

    /** The layer of the areas this filter shows; {@code layer} itself when nothing is hidden. */
    public HazardLayer apply(HazardLayer layer) {
        if (showsAll()) {
            return layer;
        }
        List<HazardArea> shown = layer.shapes().stream().map(HazardLayer.Shape::area).filter(this).toList();
        return new HazardLayer(shown);
    }
}
