package fr.convergences.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The Liberation Sans family and Liberation Mono (metrics of Helvetica/Arial and Courier, SIL Open Font License),
 * embedded as subsets with a Unicode map, for every PDF the platform writes with OpenPDF: PDF/UA-1 forbids relying on the reader's own copy of the standard 14 fonts, and an Identity-H font carries
 * every French character, « », — and •. Read from the classpath, never from the machine's fonts, so a server or CI
 * without them renders the same document. Loaded once; OpenPDF keeps the glyphs used per document, not per font.
 */
public final class EmbeddedFonts {

    /** Where openpdf-fonts-extra ships the Liberation fonts (its licence file is beside them). */
    private static final String FOLDER = "liberation/";

    public static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    public static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    public static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");
    /** For hashes and codes to be copied character by character. */
    public static final BaseFont MONO = load("LiberationMono-Regular.ttf");

    private EmbeddedFonts() {}

    private static BaseFont load(String file) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The font " + FOLDER + file + " is not on the classpath (openpdf-fonts-extra)");
            }
            // Not from OpenPDF's shared cache: the CIDSet setting below is this document family's own.
            BaseFont font =
                    BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            // A CIDSet is optional, and one that does not list every glyph of the subset breaks PDF/UA (ISO 14289-1,
            // 7.21.4.2).
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + file + " could not be read", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + file + " is not a usable TrueType font", e);
        }
    }
}
