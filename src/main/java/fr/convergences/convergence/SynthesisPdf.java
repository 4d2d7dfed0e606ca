package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.pdf.AccessiblePdf;
import fr.convergences.base.pdf.EmbeddedFonts;
import fr.convergences.base.pdf.TaggedPdfText;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/**
 * The synthesis as a PDF to print or attach to the council's minutes (OpenPDF, a maintained fork of iText 4 under
 * LGPL/MPL), accessible as the published synthesis document ({@link AccessiblePdf}: PDF/UA-1, embedded fonts, headings
 * and paragraphs tagged in reading order). Text is placed as text, never interpreted, so contributions cannot inject
 * anything.
 */
@Singleton
public class SynthesisPdf {

    private static final Font TITLE = new Font(EmbeddedFonts.BOLD, 18);
    private static final Font THEME = new Font(EmbeddedFonts.BOLD, 14);
    private static final Font LABEL = new Font(EmbeddedFonts.BOLD, 12);
    private static final Font TEXT = new Font(EmbeddedFonts.REGULAR, 10);
    private static final Font QUOTE = new Font(EmbeddedFonts.ITALIC, 10);

    private final I18NProvider messages;

    public SynthesisPdf(I18NProvider messages) {
        this.messages = messages;
    }

    public void render(Synthesis synthesis, Locale locale, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            String title = t(locale, "convergence.synthesis.title", synthesis.consultationTitle());
            TaggedPdfText document = AccessiblePdf.open(
                    pdf,
                    out,
                    title,
                    locale,
                    Map.of(TITLE, TaggedPdfText.H1, THEME, TaggedPdfText.H2, LABEL, TaggedPdfText.H3));
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(synthesis.councilName() + " — " + Messages.day(synthesis.date(), locale), TEXT));
            document.add(spaced(synthesis.question(), QUOTE));
            int convergences = synthesis.themes().stream()
                    .mapToInt(group -> group.convergences().size())
                    .sum();
            document.add(
                    spaced(t(locale, "convergence.synthesis.summary", synthesis.contributions(), convergences), TEXT));
            if (convergences == 0) {
                document.add(spaced(t(locale, "convergence.synthesis.none"), TEXT));
            }
            for (Synthesis.ThemeGroup group : synthesis.themes()) {
                document.add(spaced(group.theme(), THEME));
                for (Synthesis.Item item : group.convergences()) {
                    document.add(spaced(item.label(), LABEL));
                    document.add(new Paragraph(
                            t(locale, "convergence.synthesis.figures", item.voices(), item.communes(), item.members()),
                            TEXT));
                    for (Synthesis.Quotation quote : item.quotes()) {
                        Paragraph quoted = new Paragraph("« " + quote.text() + " » — " + quote.source(), QUOTE);
                        quoted.setIndentationLeft(18);
                        quoted.setSpacingBefore(4);
                        document.add(quoted);
                    }
                }
            }
            document.add(spaced(t(locale, "convergence.synthesis.licence"), TEXT));
        } finally {
            pdf.close();
        }
    }

    private static Paragraph spaced(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(10);
        return paragraph;
    }

    private String t(Locale locale, String key, Object... parameters) {
        return messages.getTranslation(key, locale, parameters);
    }
}
