package org.mineledger.model.laid;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who laid a minefield, on whose authority, and how the record is classified.
 *
 * @param number         minefield number, unique in the workspace, e.g. {@code MF-12-07}
 * @param type           protective, tactical, nuisance or phony
 * @param unit           the unit that laid it
 * @param authority      who ordered it
 * @param officerInCharge officer in charge of laying
 * @param classification security classification printed on every page, e.g. {@code RESTRICTED}
 */
public record MinefieldIdentity(String number, MinefieldType type, String unit, String authority,
        String officerInCharge, String classification) {
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}");

    public MinefieldIdentity {
        number = number == null ? "" : number.strip();
        unit = unit == null ? "" : unit.strip();
        authority = authority == null ? "" : authority.strip();
        officerInCharge = officerInCharge == null ? "" : officerInCharge.strip();
        classification = classification == null ? "" : classification.strip();
        Objects.requireNonNull(type, "Choose the minefield type: protective, tactical, nuisance or phony.");
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("Minefield number '" + number + "' is not usable: use 1 to 40 letters, "
                    + "digits, '-', '/', '.' or '_', starting with a letter or digit, e.g. MF-12-07.");
        }
    }
}
