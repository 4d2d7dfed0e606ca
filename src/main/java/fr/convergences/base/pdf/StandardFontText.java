package fr.convergences.base.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text set with PDFBox in a font that may lack characters: PDF's standard Helvetica (WinAnsi encoding), or the embedded
 * Liberation fonts of {@link TaggedPdfBox}, which show far more but not every character (emoji, rare scripts). PDFBox
 * refuses to show a character its font lacks, so every text goes through {@link #printable} first.
 */
public final class StandardFontText {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private StandardFontText() {}

    /** What Helvetica can show, as {@link #printable(PDFont, String)}. */
    public static String printable(String text) {
        return printable(HELVETICA, text);
    }

    /**
     * What the font can show. No-break, narrow and thin spaces (French typography puts them before ":", "?" and "!"),
     * tabs and carriage returns become plain spaces, so that text read back from the file matches what was written;
     * any other character the font lacks becomes "?".
     */
    public static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point == '\u00A0' || point == '\u202F' || point == '\u2009' || point == '\t' || point == '\r') {
                shown.append(' ');
            } else if (canShow(font, point)) {
                shown.appendCodePoint(point);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    /** The width of a text at a size, in points, as it will be shown. */
    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** Lines no wider than {@code maxWidth}, broken at spaces; a word wider than the line keeps a line of its own. */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) > maxWidth && !line.isEmpty()) {
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

    private static boolean canShow(PDFont font, int point) {
        try {
            font.encode(new String(Character.toChars(point)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
