package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.map.RgbaColor;

/** Text on map extracts, task sheets and plan covers goes through {@link PdfSurface} in the bundled font. */
class PdfSurfaceTextTest {
    @TempDir
    Path dir;

    @Test
    void cyrillicGreekAndAccentedLatinComeBackOutOfThePdf() throws Exception {
        Path file = dir.resolve("surface.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfSurface s = new PdfSurface(doc, cs, PDRectangle.A4.getHeight());
                s.text("Київ", 50, 100, 12, RgbaColor.hex("#000000", 1), false, false);
                s.text("Αθήνα Şırnak", 50, 130, 12, RgbaColor.hex("#000000", 1), true, true);
                s.text("Trail 中 end", 50, 160, 12, RgbaColor.hex("#000000", 1), false, false);
            }
            doc.save(file.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Київ").contains("Αθήνα Şırnak");
            // DejaVu Sans has no CJK glyphs: the gap is marked rather than silently dropped
            assertThat(text).contains("Trail ? end");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.getName()).contains("DejaVuSansCondensed");
        }
    }

    @Test
    void theFontsAreLoadedOncePerDocument() throws Exception {
        try (PDDocument doc = new PDDocument(); PDDocument other = new PDDocument()) {
            assertThat(PdfFonts.of(doc)).isSameAs(PdfFonts.of(doc));
            assertThat(PdfFonts.of(other)).isNotSameAs(PdfFonts.of(doc));
        }
    }
}
