package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flowing text on A4 pages: headings, wrapped paragraphs and simple tables, starting a new page when the
 * current one is full. Page furniture (training mark, page numbers) is added afterwards by {@link TrainingMarks}.
 */
final class PageText implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    /** Space kept free at the top and bottom for the training mark and the footer. */
    static final float TOP = PAGE.getHeight() - 70;
    static final float BOTTOM = 60;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    PageText(PDDocument doc) {
        this.doc = doc;
        this.fonts = PdfFonts.of(doc);
        newPage();
    }

    /** The document the pages are added to. */
    PDDocument document() {
        return doc;
    }

    /** Starts a new page and returns its content stream. */
    PDPageContentStream newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
        return cs;
    }

    void heading(String text, float size) {
        space(size * 0.6f);
        paragraph(text, size, true, 0);
        space(size * 0.3f);
    }

    /** A paragraph wrapped to the page width, indented by {@code indent} points. */
    void paragraph(String text, float size, boolean bold, float indent) {
        float width = PAGE.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(text, size, bold, width)) {
            line(line, MARGIN + indent, size, bold);
        }
    }

    /** One table row: each cell at its x offset from the margin, cut to fit the column. */
    void row(String[] cells, float[] columns, float size, boolean bold) {
        ensure(size * 1.4f);
        for (int i = 0; i < cells.length; i++) {
            float end = i + 1 < columns.length ? columns[i + 1] - 4 : PAGE.getWidth() - 2 * MARGIN;
            write(fit(cells[i], size, bold, end - columns[i]), MARGIN + columns[i], y, size, bold);
        }
        y -= size * 1.4f;
    }

    /** A table: the bold header row, then the rows; the header is printed again on every page the table continues on. */
    void table(String[] header, List<String[]> rows, float[] columns, float size) {
        ensure(2 * size * 1.4f);
        row(header, columns, size, true);
        for (String[] r : rows) {
            if (y - size * 1.4f < BOTTOM) {
                newPage();
                row(header, columns, size, true);
            }
            row(r, columns, size, false);
        }
    }

    /** The baseline of the next line, in PDF points from the bottom of the page. */
    float y() {
        return y;
    }

    void space(float points) {
        y -= points;
    }

    /** Marks the current page as full: the next line starts a new page. */
    void pageFull() {
        y = BOTTOM - 1;
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void line(String text, float x, float size, boolean bold) {
        ensure(size * 1.35f);
        write(text, x, y, size, bold);
        y -= size * 1.35f;
    }

    private void write(String text, float x, float baseline, float size, boolean bold) {
        PDFont font = fonts.font(bold);
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline - size);
            cs.showText(PdfFonts.printable(text, font));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size, boolean bold, float width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(candidate, size, bold) > width && !line.isEmpty()) {
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

    private String fit(String text, float size, boolean bold, float width) {
        String t = text;
        while (t.length() > 1 && fonts.width(t, size, bold) > width) {
            t = t.substring(0, t.length() - 2) + "\u2026";
        }
        return t;
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
