package org.mineledger.geo;

/** The direction a bearing is measured from, clockwise. */
public enum NorthReference {
    /** Geographic (true) north along the meridian. */
    TRUE,
    /** Grid north of a chosen map grid; differs from true north by the meridian convergence. */
    GRID,
    /** Magnetic north as read on a compass; differs from true north by the declination. */
    MAGNETIC;

    /** Reads {@code true}, {@code grid} or {@code magnetic} (also {@code mag}), ignoring case. */
    public static NorthReference parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "true", "t", "geographic":
                return TRUE;
            case "grid", "g":
                return GRID;
            case "magnetic", "mag", "m":
                return MAGNETIC;
            default:
                throw new IllegalArgumentException("Unknown north reference '" + text
                        + "'. Use true, grid or magnetic.");
        }
    }
}
