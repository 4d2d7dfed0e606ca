package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.openpdf.text.Anchor;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The synthesis document as PDF, with OpenPDF as the existing synthesis ({@link SynthesisPdf}): the document's language,
 * its title shown by readers instead of the file name, tagged with a structure tree of headings and paragraphs in
 * reading order ({@link TaggedPdfText}); each quote links to its contribution. Text is placed as text, never interpreted.
 */
@Singleton
public class SynthesisDocumentPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font THEME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font QUOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10);

    private final I18NProvider messages;

    public SynthesisDocumentPdf(I18NProvider messages) {
        this.messages = messages;
    }

    public void render(SynthesisDocument synthesis, Locale locale, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setTagged();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            PdfDictionary viewer = new PdfDictionary();
            viewer.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            writer.getExtraCatalog().put(PdfName.VIEWERPREFERENCES, viewer);
            pdf.addTitle(synthesis.title());
            pdf.open();
            // Every paragraph below is laid out inside a structure element (H1, H2, H3 or P, from its font).
            TaggedPdfText document = new TaggedPdfText(pdf, writer, Map.of(TITLE, TaggedPdfText.H1, THEME, TaggedPdfText.H2,
                    LABEL, TaggedPdfText.H3));
            document.add(new Paragraph(synthesis.title(), TITLE));
            document.add(new Paragraph(synthesis.council() + " — " + synthesis.consultation(), TEXT));
            document.add(new Paragraph(synthesis.number() == null ? t(locale, "synthesis.preview.badge")
                    : t(locale, "synthesis.version.line", synthesis.number(), SynthesisDocumentMarkdown.date(synthesis, locale)), TEXT));
            if (synthesis.withdrawn() > 0) {
                document.add(spaced(t(locale, "synthesis.withdrawn", synthesis.withdrawn()), QUOTE));
            }
            if (!synthesis.differences().isEmpty()) {
                document.add(spaced(t(locale, "synthesis.differences", synthesis.number() - 1), LABEL));
                for (String difference : synthesis.differences()) {
                    document.add(new Paragraph("• " + difference, TEXT));
                }
            }
            if (!synthesis.framing().isBlank()) {
                document.add(spaced(synthesis.framing(), TEXT));
            }
            for (SynthesisDocument.Section section : synthesis.themes()) {
                document.add(spaced(section.label(), THEME));
                if (!section.introduction().isBlank()) {
                    document.add(spaced(section.introduction(), TEXT));
                }
                for (SynthesisDocument.Group group : section.convergences()) {
                    document.add(spaced(group.label(), LABEL));
                    document.add(new Paragraph(t(locale, "convergence.synthesis.figures", group.voices(), group.communes(), group.contributions()), TEXT));
                    quotes(document, group.quotes());
                }
                for (SynthesisDocument.Divided divided : section.divergences()) {
                    document.add(spaced(t(locale, "synthesis.divergence", divided.label()), LABEL));
                    document.add(new Paragraph(t(locale, "synthesis.inFavour"), TEXT));
                    quotes(document, divided.inFavour());
                    document.add(new Paragraph(t(locale, "synthesis.against"), TEXT));
                    quotes(document, divided.against());
                }
                if (!section.others().isEmpty()) {
                    document.add(spaced(t(locale, "synthesis.others"), LABEL));
                    for (SynthesisDocument.Reference other : section.others()) {
                        Paragraph line = new Paragraph();
                        Anchor anchor = new Anchor("• " + other.title(), TEXT);
                        anchor.setReference(other.link());
                        line.add(anchor);
                        document.add(line);
                    }
                }
            }
            document.add(spaced(t(locale, "synthesis.sources"), THEME));
            for (String organisation : synthesis.sources().organisations()) {
                document.add(new Paragraph("• " + organisation, TEXT));
            }
            for (SynthesisDocument.CommuneCount commune : synthesis.sources().residents()) {
                document.add(new Paragraph("• " + t(locale, "synthesis.residents", commune.commune(), commune.contributions()), TEXT));
            }
            document.add(spaced(t(locale, "synthesis.figures"), THEME));
            SynthesisDocument.Figures figures = synthesis.figures();
            document.add(new Paragraph(t(locale, "synthesis.figures.line", figures.contributions(), figures.voices(), figures.communes(),
                    figures.colleges(), figures.offlinePercent()), TEXT));
            document.add(spaced(t(locale, "convergence.synthesis.licence"), TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("The synthesis PDF could not be written", e);
        } finally {
            pdf.close();
        }
    }

    private static void quotes(TaggedPdfText document, List<SynthesisDocument.Quote> quotes) {
        for (SynthesisDocument.Quote quote : quotes) {
            Paragraph quoted = new Paragraph();
            Anchor anchor = new Anchor("« " + quote.text() + " » — " + quote.source(), QUOTE);
            anchor.setReference(quote.link());
            quoted.add(anchor);
            quoted.setIndentationLeft(18);
            quoted.setSpacingBefore(4);
            document.add(quoted);
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
