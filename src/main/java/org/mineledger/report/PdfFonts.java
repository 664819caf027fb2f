package org.mineledger.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans Condensed fonts embedded in one PDF document, so that names in Cyrillic, Greek or
 * accented Latin print as written; a character the font has no glyph for prints as '?'.
 */
final class PdfFonts {
    private static final String REGULAR_FILE = "DejaVuSansCondensed.ttf";
    private static final String BOLD_FILE = "DejaVuSansCondensed-Bold.ttf";
    /** Weak both ways: the document holds its fonts until it is saved, and nothing here keeps it alive. */
    private static final Map<PDDocument, WeakReference<PdfFonts>> LOADED = new WeakHashMap<>();

    private final PDFont regular;
    private final PDFont bold;

    private PdfFonts(PDDocument doc) {
        this.regular = load(doc, REGULAR_FILE);
        this.bold = load(doc, BOLD_FILE);
    }

    /** The fonts embedded in {@code doc}, loaded (as subsets) the first time a writer asks for them. */
    static PdfFonts of(PDDocument doc) {
        synchronized (LOADED) {
            WeakReference<PdfFonts> ref = LOADED.get(doc);
            PdfFonts fonts = ref == null ? null : ref.get();
            if (fonts == null) {
                fonts = new PdfFonts(doc);
                LOADED.put(doc, new WeakReference<>(fonts));
            }
            return fonts;
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** Width in points of a text at a size, as it prints (after {@link #printable}). */
    float width(String text, float size, boolean isBold) {
        return width(text, font(isBold), size);
    }

    /** Width in points of a text in one of these fonts at a size, as it prints (after {@link #printable}). */
    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font has no glyph for replaced by '?'; null becomes "". */
    static String printable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            sb.append(encodable(font, s) ? s : "?");
        });
        return sb.toString();
    }

    private static boolean encodable(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException ex) {
            return false; // no glyph for it in the font
        }
    }

    private static PDFont load(PDDocument doc, String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application.");
            }
            return PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the font " + name, e);
        }
    }
}
