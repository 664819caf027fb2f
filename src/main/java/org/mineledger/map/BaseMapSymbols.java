package org.mineledger.map;

import java.util.Arrays;
import java.util.List;

/**
 * The topographic symbols of the base map, one table for screen and paper: fill colours, outlines and line
 * strokes per layer kind. Widths and dashes are screen pixels; paper uses them times {@link #PRINT_SCALE}
 * (points), so a printed map reads like the screen.
 */
public final class BaseMapSymbols {
    /** Line widths and dashes on paper, in points, per screen pixel. */
    public static final double PRINT_SCALE = 0.6;

    private BaseMapSymbols() {
    }

    public static RgbaColor fill(LayerKind kind) {
        return switch (kind) {
            case COUNTRY_BORDER -> RgbaColor.hex("#F4F1E8", 1);
            case LAKE -> RgbaColor.hex("#A9CBEA", 1);
            case VILLAGE -> RgbaColor.hex("#D8C3AA", 0.9);
            case FOREST -> RgbaColor.hex("#B5D6A1", 0.9);
            case FARMLAND -> RgbaColor.hex("#F0E6B2", 0.9);
            default -> RgbaColor.hex("#DDDDDD", 0.6);
        };
    }

    /** The outline of an area layer, or {@code null} for none; widths times {@code scale}. */
    public static Surface.Stroke outline(LayerKind kind, double scale) {
        Surface.Stroke s = switch (kind) {
            case COUNTRY_BORDER -> Surface.Stroke.solid(RgbaColor.hex("#8E8E8E", 1), 1);
            case LAKE -> Surface.Stroke.solid(RgbaColor.hex("#4A90D9", 1), 1);
            case VILLAGE -> Surface.Stroke.solid(RgbaColor.hex("#9C7A5B", 1), 0.8);
            default -> null;
        };
        return s == null ? null : scaled(s, scale);
    }

    /** The strokes of a line layer, drawn in order (casing first); {@code cls} tells main roads from others. */
    public static List<Surface.Stroke> lines(LayerKind kind, String cls, double scale) {
        List<Surface.Stroke> strokes = switch (kind) {
            case STATE_BORDER -> List.of(Surface.Stroke.solid(RgbaColor.hex("#B08CC8", 0.6), 7),
                    new Surface.Stroke(RgbaColor.hex("#6A2C91", 1), 2, 10, 4, 2, 4));
            case ROAD -> "main".equals(cls)
                    ? List.of(Surface.Stroke.solid(RgbaColor.hex("#8A5A00", 1), 5),
                            Surface.Stroke.solid(RgbaColor.hex("#F0A830", 1), 3.2))
                    : List.of(Surface.Stroke.solid(RgbaColor.hex("#9A7A30", 1), 3.6),
                            Surface.Stroke.solid(RgbaColor.hex("#FCE08A", 1), 2.2));
            case TRACK -> List.of(new Surface.Stroke(RgbaColor.hex("#7A4E24", 1), 1.3, 5, 3));
            case RIVER -> List.of(Surface.Stroke.solid(RgbaColor.hex("#3C7FC8", 1), 2));
            default -> List.of(Surface.Stroke.solid(RgbaColor.hex("#777777", 1), 1));
        };
        return scale == 1 ? strokes : strokes.stream().map(s -> scaled(s, scale)).toList();
    }

    private static Surface.Stroke scaled(Surface.Stroke s, double scale) {
        return scale == 1 ? s : new Surface.Stroke(s.color(), s.width() * scale,
                Arrays.stream(s.dash()).map(d -> d * scale).toArray());
    }
}
