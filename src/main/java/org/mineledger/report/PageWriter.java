package org.mineledger.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/**
 * Text, rules and boxes on a form page, positioned from the page's top-left in points (y down) like the map
 * surface it wraps; long text is wrapped to a width.
 */
final class PageWriter {
    static final RgbaColor INK = RgbaColor.hex("#000000", 1);
    static final RgbaColor GREY = RgbaColor.hex("#666666", 1);
    private final PdfSurface surface;
    private final PdfFonts fonts;
    private final double pageWidth;

    PageWriter(PDDocument doc, PDPageContentStream cs, double pageWidth, double pageHeight) {
        this.surface = new PdfSurface(doc, cs, pageHeight);
        this.fonts = PdfFonts.of(doc);
        this.pageWidth = pageWidth;
    }

    PdfSurface surface() {
        return surface;
    }

    double pageWidth() {
        return pageWidth;
    }

    void text(String s, double x, double y, double size, boolean bold) {
        surface.text(s, x, y, size, INK, bold, false);
    }

    void text(String s, double x, double y, double size, boolean bold, RgbaColor color) {
        surface.text(s, x, y, size, color, bold, false);
    }

    void centred(String s, double y, double size, boolean bold, RgbaColor color) {
        surface.text(s, (pageWidth - surface.textWidth(s, size, bold)) / 2, y, size, color, bold, false);
    }

    /** Label in grey and value in black on one baseline. */
    void field(String label, String value, double x, double y, double width) {
        text(label, x, y, 7, false, GREY);
        String v = fit(value, 8.5, true, width - 4);
        text(v, x, y + 10, 8.5, true);
    }

    /** Wraps {@code s} into lines of at most {@code width} points; returns the y after the last line. */
    double paragraph(String s, double x, double y, double size, double width, int maxLines) {
        List<String> lines = wrap(fonts, s, size, width);
        double lineHeight = size * 1.25;
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String line = i == maxLines - 1 && lines.size() > maxLines ? fit(lines.get(i) + " …", size, false, width)
                    : lines.get(i);
            text(line, x, y + i * lineHeight, size, false);
        }
        return y + Math.min(lines.size(), maxLines) * lineHeight;
    }

    void rule(double x0, double y, double x1, double width) {
        surface.polyline(new double[] {x0, x1}, new double[] {y, y}, 2, Surface.Stroke.solid(INK, width));
    }

    void box(double x, double y, double w, double h, RgbaColor fill, double lineWidth) {
        surface.polygon(new double[][] {{x, x + w, x + w, x}}, new double[][] {{y, y, y + h, y + h}}, new int[] {4},
                fill, lineWidth > 0 ? Surface.Stroke.solid(INK, lineWidth) : null);
    }

    /** {@code s} in lines of at most {@code width} points in the regular font at {@code size}. */
    static List<String> wrap(PdfFonts fonts, String s, double size, double width) {
        List<String> lines = new ArrayList<>();
        for (String para : (s == null ? "" : s).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(candidate, (float) size, false) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code s} cut with an ellipsis so that it fits {@code width}. */
    String fit(String s, double size, boolean bold, double width) {
        if (surface.textWidth(s, size, bold) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && surface.textWidth(t + "…", size, bold) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

}
