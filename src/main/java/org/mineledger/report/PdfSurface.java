package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/**
 * A {@link Surface} on a PDF page: surface coordinates are points from the page's top-left corner, y down
 * (as on screen), so the same painters draw on paper; PDF's y-up is handled here.
 */
public final class PdfSurface implements Surface {
    private static final RgbaColor HALO = RgbaColor.hex("#FFFFFF", 1);

    private final PDPageContentStream cs;
    private final double pageHeight;
    private final PdfFonts fonts;
    private final Map<Long, PDExtendedGraphicsState> alphas = new HashMap<>();

    /**
     * @param doc the document the page belongs to; text is in the bundled font embedded in it
     * @param pageHeight height of the page in points (the media box), to turn y-down into PDF's y-up
     */
    public PdfSurface(PDDocument doc, PDPageContentStream cs, double pageHeight) {
        this.cs = cs;
        this.pageHeight = pageHeight;
        this.fonts = PdfFonts.of(doc);
    }

    /** The content stream drawn on, for callers that add their own PDF operators. */
    public PDPageContentStream stream() {
        return cs;
    }

    @Override
    public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
        if (fill == null && stroke == null) {
            return;
        }
        try {
            if (fill != null) {
                cs.saveGraphicsState();
                fillColour(fill);
                path(xs, ys, counts, true);
                cs.fillEvenOdd();
                cs.restoreGraphicsState();
            }
            if (stroke != null) {
                cs.saveGraphicsState();
                stroke(stroke);
                path(xs, ys, counts, true);
                cs.stroke();
                cs.restoreGraphicsState();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (stroke == null || count < 2) {
            return;
        }
        try {
            cs.saveGraphicsState();
            stroke(stroke);
            path(new double[][] {xs}, new double[][] {ys}, new int[] {count}, false);
            cs.stroke();
            cs.restoreGraphicsState();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
        int n = 24;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x + r * Math.cos(2 * Math.PI * i / n);
            ys[i] = y + r * Math.sin(2 * Math.PI * i / n);
        }
        polygon(new double[][] {xs}, new double[][] {ys}, new int[] {n}, fill, stroke);
    }

    @Override
    public void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo) {
        String safe = PdfFonts.printable(text, fonts.font(bold));
        if (safe.isEmpty()) {
            return;
        }
        try {
            cs.saveGraphicsState();
            if (halo) {
                cs.setStrokingColor(HALO.red() / 255f, HALO.green() / 255f, HALO.blue() / 255f);
                cs.setLineWidth((float) Math.max(1.5, size / 5));
                showText(safe, x, y, size, bold, RenderingMode.STROKE);
            }
            fillColour(color);
            showText(safe, x, y, size, bold, RenderingMode.FILL);
            cs.restoreGraphicsState();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Width in points of a text at a size, as {@link #text} would print it. */
    public double textWidth(String text, double size, boolean bold) {
        return fonts.width(text, (float) size, bold);
    }

    private void showText(String text, double x, double y, double size, boolean bold, RenderingMode mode)
            throws IOException {
        cs.beginText();
        cs.setRenderingMode(mode);
        cs.setFont(fonts.font(bold), (float) size);
        cs.newLineAtOffset((float) x, (float) (pageHeight - y));
        cs.showText(text);
        cs.endText();
    }

    private void path(double[][] xs, double[][] ys, int[] counts, boolean close) throws IOException {
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] < 2) {
                continue;
            }
            cs.moveTo((float) xs[r][0], (float) (pageHeight - ys[r][0]));
            for (int i = 1; i < counts[r]; i++) {
                cs.lineTo((float) xs[r][i], (float) (pageHeight - ys[r][i]));
            }
            if (close) {
                cs.closePath();
            }
        }
    }

    private void fillColour(RgbaColor c) throws IOException {
        cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() < 1) {
            cs.setGraphicsStateParameters(alpha(c.alpha()));
        }
    }

    private void stroke(Stroke s) throws IOException {
        RgbaColor c = s.color();
        cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        if (c.alpha() < 1) {
            cs.setGraphicsStateParameters(alpha(c.alpha()));
        }
        cs.setLineWidth((float) s.width());
        if (s.dash().length > 0) {
            float[] dash = new float[s.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) s.dash()[i];
            }
            cs.setLineDashPattern(dash, 0);
        }
    }

    private PDExtendedGraphicsState alpha(double a) {
        return alphas.computeIfAbsent(Math.round(a * 1000), k -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant((float) a);
            gs.setStrokingAlphaConstant((float) a);
            return gs;
        });
    }
}
