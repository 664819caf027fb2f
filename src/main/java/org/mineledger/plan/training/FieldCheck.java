package org.mineledger.plan.training;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/** A hazard area has the expected value of one of its enum fields: its kind (SHA, CHA, LMF) or its status. */
public record FieldCheck<E extends Enum<E>>(HazardReference hazard, Field<E> field, E expected, String hint)
        implements StepCheck {
    /** The kind, in words such as "a confirmed hazard area (CHA)". */
    public static final Field<HazardKind> KIND = new Field<>(HazardArea::kind,
            k -> "a " + k.label().toLowerCase(Locale.ROOT) + " (" + k.code() + ")");
    /** The land-release status, in words such as "reduced". */
    public static final Field<HazardStatus> STATUS = new Field<>(HazardArea::status,
            s -> s.label().toLowerCase(Locale.ROOT));

    /** One enum-valued field of a hazard area, and how a sentence names its values after "is". */
    public record Field<E>(Function<HazardArea, E> of, Function<E, String> words) {
    }

    public FieldCheck {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        hint = hint == null ? "" : hint.strip();
    }

    /** The hazard area is of the expected kind. */
    public static FieldCheck<HazardKind> kind(HazardReference hazard, HazardKind expected, String hint) {
        return new FieldCheck<>(hazard, KIND, expected, hint);
    }

    /** The hazard area has the expected land-release status. */
    public static FieldCheck<HazardStatus> status(HazardReference hazard, HazardStatus expected, String hint) {
        return new FieldCheck<>(hazard, STATUS, expected, hint);
    }

    @Override
    public CheckResult evaluate(List<HazardArea> hazards) {
        return HazardLookup.find(hazards, hazard).map(a -> {
            E actual = field.of().apply(a);
            return actual == expected ? CheckResult.pass(expectation() + ".")
                    : CheckResult.fail(hazard + " is " + field.words().apply(actual) + " but should be "
                            + field.words().apply(expected) + "." + Hints.sentence(hint));
        }).orElseGet(() -> HazardLookup.missing(hazard));
    }

    @Override
    public String expectation() {
        return hazard + " is " + field.words().apply(expected);
    }
}
