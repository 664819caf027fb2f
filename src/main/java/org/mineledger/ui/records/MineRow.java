package org.mineledger.ui.records;

import org.mineledger.model.laid.MineEntry;

/**
 * One line of the strip table in the form: a strip's markers and legs (as typed) and one mine model in it.
 *
 * @param strip       strip label
 * @param startMarker start marker
 * @param endMarker   end marker
 * @param fromRp      leg from RP to the start marker as typed ("bearing distance"), may be blank
 * @param legs        legs from start to end marker as typed, separated by ';'
 * @param mine        the mines of one model in the strip, null for a strip without mines
 */
public record MineRow(String strip, String startMarker, String endMarker, String fromRp, String legs,
        MineEntry mine) {

    @Override
    public String toString() {
        String m = mine == null ? "no mines" : mine.count() + " × " + mine.model() + " (" + mine.category() + ", "
                + mine.fuze() + ")";
        return "Strip " + strip + ": " + m + "; legs " + legs;
    }
}
