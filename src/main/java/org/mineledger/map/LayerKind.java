package org.mineledger.map;

/** What a base-map layer shows, which decides how the renderer draws it. */
public enum LayerKind {
    /** International borders and country areas (small-scale orientation map). */
    COUNTRY_BORDER,
    /** A state border line on a detailed map; may hold crossing points. */
    STATE_BORDER,
    /** Roads; feature class {@code main} or {@code secondary}. */
    ROAD,
    /** Forest tracks, field tracks and footpaths. */
    TRACK,
    /** River and stream centre lines. */
    RIVER,
    /** Lakes and ponds. */
    LAKE,
    /** Built-up areas (polygons) and village name positions (points). */
    VILLAGE,
    FOREST,
    FARMLAND,
    /** Text to print at a point: country, lake, forest, river and hill names. */
    LABEL
}
