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
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Text flowing down A4 pages with a classification banner at the top and bottom of each page and, for training
 * data, the training mark across every page. Text is in the bundled {@link PdfFonts}; a character they cannot
 * show is printed as '?'.
 */
final class PdfPageFlow implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float MARGIN = 18 * MM;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final String classification;
    private final String trainingBanner;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfPageFlow(PDDocument doc, String classification, String trainingBanner) {
        this.doc = doc;
        PdfFonts fonts = PdfFonts.of(doc);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.classification = classification;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
        newPage();
    }

    PDDocument document() {
        return doc;
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    PDPageContentStream content() {
        return cs;
    }

    float y() {
        return y;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Moves down; starts a new page when less than {@code needed} points are left. */
    void need(float needed) {
        if (y - needed < MARGIN + 14) {
            newPage();
        }
    }

    void skip(float points) {
        y -= points;
    }

    void heading(String text) {
        need(30);
        y -= 16;
        text(bold, 12, MARGIN, y, text);
        y -= 4;
    }

    /** A paragraph wrapped to the page width. */
    void paragraph(String text, float size) {
        for (String line : wrap(text, regular, size, width())) {
            need(size + 3);
            y -= size + 3;
            text(regular, size, MARGIN, y, line);
        }
    }

    /** One table row: cells at the given x offsets from the margin. */
    void row(float size, boolean isBold, float[] xs, String... cells) {
        need(size + 3);
        y -= size + 3;
        for (int i = 0; i < cells.length; i++) {
            text(isBold ? bold : regular, size, MARGIN + xs[i], y, cells[i]);
        }
    }

    /**
     * A table: the header row in bold, then the rows, with the header printed again at the top of every page the
     * table continues on; the header never stands alone at the foot of a page.
     */
    void table(float size, float[] xs, List<String> header, List<List<String>> rows) {
        need(2 * (size + 3));
        row(size, true, xs, header.toArray(String[]::new));
        for (List<String> r : rows) {
            if (y - (size + 3) < MARGIN + 14) {
                newPage();
                row(size, true, xs, header.toArray(String[]::new));
            }
            row(size, false, xs, r.toArray(String[]::new));
        }
    }

    void text(PDFont font, float size, float x, float yPos, String text) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, yPos);
            cs.showText(PdfFonts.printable(text, font));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reserves a block of {@code height} points and returns its lower edge. */
    float block(float height) {
        need(height);
        y -= height;
        return y;
    }

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            float top = PDRectangle.A4.getHeight();
            float mid = PDRectangle.A4.getWidth() / 2;
            centred(bold, 9, mid, top - 10 * MM, classification);
            centred(bold, 9, mid, 8 * MM, classification);
            if (!trainingBanner.isEmpty()) {
                trainingMark(page);
                centred(bold, 11, mid, top - 15 * MM, trainingBanner);
            }
            y = top - MARGIN - (trainingBanner.isEmpty() ? 0 : 4 * MM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trainingMark(PDPage page) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.18f);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(faint);
        cs.setNonStrokingColor(0.93f, 0.46f, 0.0f);
        cs.beginText();
        cs.setFont(bold, 40);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), 150, 160));
        cs.showText(PdfFonts.printable(trainingBanner, bold));
        cs.endText();
        cs.restoreGraphicsState();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    private void centred(PDFont font, float size, float mid, float yPos, String text) throws IOException {
        float w = font.getStringWidth(PdfFonts.printable(text, font)) / 1000 * size;
        text(font, size, mid - w / 2, yPos, text);
    }

    /** Numbers the pages "page i of n" at the foot; call once at the end. */
    @Override
    public void close() {
        try {
            cs.close();
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    c.beginText();
                    c.setFont(regular, 8);
                    c.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - 50, 8 * MM);
                    c.showText("page " + (i + 1) + " of " + pages.size());
                    c.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && PdfFonts.width(candidate, font, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
