package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A form-like A4 document written top to bottom: headings, label/value rows, tables and drawings, with
 * the classification at the top and bottom of every page, the training banner when the data is fictional,
 * and "page n of N". Text is set in the bundled DejaVu Sans Condensed, so Cyrillic, Polish, Baltic and
 * Finnish letters print as typed.
 */
final class FormPdf implements AutoCloseable {
    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN - 34;
    private static final float BOTTOM = MARGIN + 30;
    static final float SIZE = 8.5f;
    private static final float LEADING = 11;
    /** Points of a table column kept free of text, 2 on each side. */
    private static final float CELL_PADDING = 4;

    /** Draws into a rectangle of the current page. */
    @FunctionalInterface
    interface Drawer {
        void draw(PDPageContentStream cs, float x, float y, float w, float h) throws IOException;
    }

    private final PDDocument doc = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    private final String classification;
    private final String trainingBanner;
    private final String footer;
    private PDPageContentStream cs;
    private float y;

    /** @param classification printed at the top and bottom of every page; null for none (humanitarian reports) */
    FormPdf(String classification, String trainingBanner, String footer) {
        this.classification = classification;
        this.trainingBanner = trainingBanner;
        this.footer = footer;
        PdfFonts fonts = PdfFonts.of(doc);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        newPage();
    }

    void heading(String text) throws IOException {
        need(LEADING * 2.2f);
        y -= LEADING * 0.6f;
        text(bold, 10.5f, MARGIN, y, text);
        y -= 3;
        line(MARGIN, y, MARGIN + WIDTH, y, 0.6f);
        y -= LEADING;
    }

    void title(String text) throws IOException {
        need(30);
        text(bold, 15, MARGIN, y - 6, text);
        y -= 26;
    }

    void paragraph(String text) throws IOException {
        for (String l : wrap(regular, SIZE, text, WIDTH)) {
            need(LEADING);
            text(regular, SIZE, MARGIN, y, l);
            y -= LEADING;
        }
    }

    /** Label/value rows; labels bold in a 150 pt column, values wrapped. */
    void keyValues(List<String[]> rows) throws IOException {
        float labelWidth = 150;
        for (String[] r : rows) {
            List<String> lines = wrap(regular, SIZE, r[1].isEmpty() ? "—" : r[1], WIDTH - labelWidth);
            need(LEADING * lines.size());
            text(bold, SIZE, MARGIN, y, r[0]);
            for (String l : lines) {
                text(regular, SIZE, MARGIN + labelWidth, y, l);
                y -= LEADING;
            }
        }
    }

    /** A ruled table; columns get the given share of the width, cells wrap; the header repeats on a new page. */
    void table(float[] shares, List<String> header, List<List<String>> rows) throws IOException {
        float[] w = columnWidths(shares, header);
        // a header never stands alone at the foot of a page: it goes with the first row
        need(rowHeight(w, header, true) + (rows.isEmpty() ? 0 : rowHeight(w, rows.get(0), false)));
        row(w, header, true);
        for (List<String> r : rows) {
            if (!row(w, r, false)) {
                row(w, header, true);
                row(w, r, false);
            }
        }
        y -= 4;
    }

    /**
     * Column widths in proportion to {@code shares}, except that a column is never narrower than the longest
     * word of its header, so that a header such as "AP/AT" wraps between words only; the width such a column
     * takes comes from the others, still in proportion to their shares.
     */
    private float[] columnWidths(float[] shares, List<String> header) throws IOException {
        float[] least = new float[shares.length];
        float leastTotal = 0;
        for (int i = 0; i < shares.length; i++) {
            for (String word : (i < header.size() ? header.get(i) : "").split("[\\s]+")) {
                least[i] = Math.max(least[i], bold.getStringWidth(word) / 1000 * SIZE + CELL_PADDING + 0.01f);
            }
            leastTotal += least[i];
        }
        if (leastTotal > WIDTH) {
            // the header words cannot all fit side by side: share by word width, the widest words cut least
            float[] w = new float[least.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = WIDTH * least[i] / leastTotal;
            }
            return w;
        }
        boolean[] atLeast = new boolean[shares.length];
        float[] w = new float[shares.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = WIDTH;
            float freeShares = 0;
            for (int i = 0; i < w.length; i++) {
                if (atLeast[i]) {
                    free -= least[i];
                } else {
                    freeShares += shares[i];
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = atLeast[i] ? least[i] : free * shares[i] / freeShares;
                if (!atLeast[i] && w[i] < least[i]) {
                    atLeast[i] = true;
                    changed = true;
                }
            }
        }
        return w;
    }

    /** The height a row of {@code cells} takes, its cells wrapped to the column widths {@code w}. */
    private float rowHeight(float[] w, List<String> cells, boolean isHeader) throws IOException {
        int lines = 1;
        for (int i = 0; i < w.length; i++) {
            lines = Math.max(lines, wrap(isHeader ? bold : regular, SIZE, i < cells.size() ? cells.get(i) : "",
                    w[i] - CELL_PADDING).size());
        }
        return lines * LEADING + 3;
    }

    /** Starts a new page unless {@code lines} lines of text and {@code drawing} points of drawing still fit. */
    void keepTogether(int lines, float drawing) throws IOException {
        need(lines * LEADING + drawing);
    }

    /** False when the row did not fit and a new page was started instead. */
    private boolean row(float[] w, List<String> cells, boolean isHeader) throws IOException {
        PDFont f = isHeader ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < w.length; i++) {
            List<String> l = wrap(f, SIZE, i < cells.size() ? cells.get(i) : "", w[i] - CELL_PADDING);
            wrapped.add(l);
            lines = Math.max(lines, l.size());
        }
        float h = lines * LEADING + 3;
        if (y - h < BOTTOM) {
            newPage();
            if (!isHeader) {
                return false;
            }
        }
        float x = MARGIN;
        for (int i = 0; i < w.length; i++) {
            float ty = y;
            for (String l : wrapped.get(i)) {
                text(f, SIZE, x + 2, ty, l);
                ty -= LEADING;
            }
            x += w[i];
        }
        y -= h;
        line(MARGIN, y + LEADING - 2, MARGIN + WIDTH, y + LEADING - 2, isHeader ? 0.6f : 0.2f);
        return true;
    }

    /** Reserves {@code height} points of the page for a drawing. */
    void drawing(float height, Drawer d) throws IOException {
        need(height + 4);
        d.draw(cs, MARGIN, y - height, WIDTH, height);
        y -= height + 8;
    }

    void save(Path out) throws IOException {
        cs.close();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream c = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                decorate(c, i + 1, n);
            }
        }
        doc.save(out.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void decorate(PDPageContentStream c, int page, int pages) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN + 8;
        if (classification != null) {
            String cls = classification.isEmpty() ? "CLASSIFICATION NOT RECORDED" : classification;
            centred(c, bold, 11, top - 6, cls);
            centred(c, bold, 11, MARGIN - 18, cls);
        }
        if (!trainingBanner.isEmpty()) {
            c.setNonStrokingColor(0.96f, 0.65f, 0.09f);
            c.addRect(MARGIN, top - 28, WIDTH, 16);
            c.fill();
            c.setNonStrokingColor(0f, 0f, 0f);
            centred(c, bold, 10, top - 24, trainingBanner);
        }
        String f = footer + "   —   page " + page + " of " + pages;
        c.beginText();
        c.setFont(regular, 7.5f);
        c.newLineAtOffset(MARGIN, MARGIN - 4);
        c.showText(f);
        c.endText();
    }

    private void centred(PDPageContentStream c, PDFont f, float size, float at, String s) throws IOException {
        float w = f.getStringWidth(s) / 1000 * size;
        c.beginText();
        c.setFont(f, size);
        c.newLineAtOffset(MARGIN + (WIDTH - w) / 2, at);
        c.showText(s);
        c.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a new PDF page", e);
        }
    }

    void text(PDFont f, float size, float x, float at, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, at);
        cs.showText(s);
        cs.endText();
    }

    private void line(float x0, float y0, float x1, float y1, float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    /** Splits text into lines that fit {@code width} points; a word longer than the width is cut. */
    static List<String> wrap(PDFont f, float size, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\t", " ").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (f.getStringWidth(candidate) / 1000 * size <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                }
                line.setLength(0);
                String w = word;
                while (f.getStringWidth(w) / 1000 * size > width && w.length() > 1) {
                    int cut = w.length() - 1;
                    while (cut > 1 && f.getStringWidth(w.substring(0, cut)) / 1000 * size > width) {
                        cut--;
                    }
                    out.add(w.substring(0, cut));
                    w = w.substring(cut);
                }
                line.append(w);
            }
            out.add(line.toString());
        }
        return out;
    }
}
