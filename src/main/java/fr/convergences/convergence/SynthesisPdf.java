package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.util.Locale;

/**
 * The synthesis as a PDF to print or attach to the council's minutes (OpenPDF, a maintained fork of iText 4 under
 * LGPL/MPL). Text is placed as text, never interpreted, so contributions cannot inject anything.
 */
@Singleton
public class SynthesisPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font THEME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font QUOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10);

    private final I18NProvider messages;

    public SynthesisPdf(I18NProvider messages) {
        this.messages = messages;
    }

    public void render(Synthesis synthesis, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The document's language, so that screen readers read it with the right voice.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.addTitle(t(locale, "convergence.synthesis.title", synthesis.consultationTitle()));
            document.open();
            document.add(new Paragraph(t(locale, "convergence.synthesis.title", synthesis.consultationTitle()), TITLE));
            document.add(new Paragraph(synthesis.councilName() + " — "
                    + fr.convergences.base.i18n.Messages.day(synthesis.date(), locale), TEXT));
            document.add(spaced(synthesis.question(), QUOTE));
            int convergences = synthesis.themes().stream().mapToInt(group -> group.convergences().size()).sum();
            document.add(spaced(t(locale, "convergence.synthesis.summary", synthesis.contributions(), convergences), TEXT));
            if (convergences == 0) {
                document.add(spaced(t(locale, "convergence.synthesis.none"), TEXT));
            }
            for (Synthesis.ThemeGroup group : synthesis.themes()) {
                document.add(spaced(group.theme(), THEME));
                for (Synthesis.Item item : group.convergences()) {
                    document.add(spaced(item.label(), LABEL));
                    document.add(new Paragraph(t(locale, "convergence.synthesis.figures", item.voices(), item.communes(), item.members()), TEXT));
                    for (Synthesis.Quotation quote : item.quotes()) {
                        Paragraph quoted = new Paragraph("« " + quote.text() + " » — " + quote.source(), QUOTE);
                        quoted.setIndentationLeft(18);
                        quoted.setSpacingBefore(4);
                        document.add(quoted);
                    }
                }
            }
            document.add(spaced(t(locale, "convergence.synthesis.licence"), TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("The synthesis PDF could not be written", e);
        } finally {
            document.close();
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
