package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Stamps every page of a finished document with the training mark at the top and a numbered footer. */
final class TrainingMarks {
    /** The training band's colour: the SHA amber of the land-release symbology, as on screen. */
    private static final float[] AMBER = {0xF4 / 255f, 0xA7 / 255f, 0x18 / 255f};

    private TrainingMarks() {
    }

    /** Adds "banner" in a band at the top and "banner · title · page n of m" at the bottom of every page. */
    static void stamp(PDDocument doc, String banner, String title) {
        PdfFonts fonts = PdfFonts.of(doc);
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(AMBER[0], AMBER[1], AMBER[2]);
                cs.addRect(0, box.getHeight() - 30, box.getWidth(), 30);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
                centred(cs, fonts, banner, box.getWidth() / 2, box.getHeight() - 20, 12, true);
                String footer = banner + "  \u00b7  " + title + "  \u00b7  page " + (i + 1) + " of " + count;
                centred(cs, fonts, footer, box.getWidth() / 2, 25, 8, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void centred(PDPageContentStream cs, PdfFonts fonts, String text, float x, float y, float size, boolean bold)
            throws IOException {
        var font = fonts.font(bold);
        String safe = PdfFonts.printable(text, font);
        float w = PdfFonts.width(safe, font, size);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x - w / 2, y);
        cs.showText(safe);
        cs.endText();
    }
}
