package org.mineledger.geo;

/** A coordinate text that cannot be read, with the 1-based column where the fault starts. */
public class CoordinateFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int column;

    /** {@code column} is 1-based; the message gets " (column N)" inserted before any explanation. */
    public CoordinateFormatException(String what, int column, String advice) {
        super(what + " (column " + column + ")" + (advice == null || advice.isEmpty() ? "" : ": " + advice));
        this.column = column;
    }

    /** 1-based column of the input where the fault was found. */
    public int column() {
        return column;
    }
}
