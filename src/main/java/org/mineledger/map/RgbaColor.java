package org.mineledger.map;

/** A colour with opacity, independent of any toolkit (JavaFX, PDFBox). Channels 0–255, alpha 0–1. */
public record RgbaColor(int red, int green, int blue, double alpha) {
    public RgbaColor {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("Colour channel out of range");
        }
    }

    /** Parses {@code #RRGGBB} with the given opacity. */
    public static RgbaColor hex(String hex, double alpha) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new RgbaColor((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, alpha);
    }

    public RgbaColor withAlpha(double newAlpha) {
        return new RgbaColor(red, green, blue, newAlpha);
    }

    /** Packed as one int, 8 bits each of alpha, red, green, blue (alpha rounded to 0–255). */
    public int argb() {
        return (int) Math.round(alpha * 255) << 24 | red << 16 | green << 8 | blue;
    }

    /** The colour of a packed {@link #argb()} value. */
    public static RgbaColor ofArgb(int argb) {
        return new RgbaColor(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    /** {@code #RRGGBB}, without the alpha. */
    public String toHex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }
}
