package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.pdf.AccessiblePdf;
import fr.convergences.base.pdf.EmbeddedFonts;
import fr.convergences.base.pdf.TaggedPdfText;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/**
 * The synthesis document as PDF/UA-1 (ISO 14289-1), with OpenPDF as the draft synthesis ({@link SynthesisPdf}), through
 * {@link AccessiblePdf}: embedded fonts, a structure tree of headings, paragraphs and lists in reading order; each quote
 * links to its contribution through a Link element tied to its annotation. Text is placed as text, never interpreted.
 */
@Singleton
public class SynthesisDocumentPdf {

    private static final Font TITLE = new Font(EmbeddedFonts.BOLD, 18);
    private static final Font THEME = new Font(EmbeddedFonts.BOLD, 14);
    private static final Font LABEL = new Font(EmbeddedFonts.BOLD, 12);
    private static final Font TEXT = new Font(EmbeddedFonts.REGULAR, 10);
    private static final Font QUOTE = new Font(EmbeddedFonts.ITALIC, 10);

    private final I18NProvider messages;

    public SynthesisDocumentPdf(I18NProvider messages) {
        this.messages = messages;
    }

    public void render(SynthesisDocument synthesis, Locale locale, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            // Every paragraph below is laid out inside a structure element (H1, H2, H3 or P, from its font).
            TaggedPdfText document = AccessiblePdf.open(
                    pdf,
                    out,
                    synthesis.title(),
                    locale,
                    Map.of(TITLE, TaggedPdfText.H1, THEME, TaggedPdfText.H2, LABEL, TaggedPdfText.H3));
            document.add(new Paragraph(synthesis.title(), TITLE));
            document.add(new Paragraph(synthesis.council() + " — " + synthesis.consultation(), TEXT));
            document.add(new Paragraph(
                    synthesis.number() == null
                            ? t(locale, "synthesis.preview.badge")
                            : t(
                                    locale,
                                    "synthesis.version.line",
                                    synthesis.number(),
                                    SynthesisDocumentMarkdown.date(synthesis, locale)),
                    TEXT));
            if (synthesis.withdrawn() > 0) {
                document.add(spaced(t(locale, "synthesis.withdrawn", synthesis.withdrawn()), QUOTE));
            }
            if (!synthesis.differences().isEmpty()) {
                // Before any theme's H2: an H3 here would skip a heading level.
                document.add(
                        spaced(t(locale, "synthesis.differences", synthesis.previousNumber()), LABEL),
                        TaggedPdfText.H2);
                TaggedPdfText.BulletList differences = document.list();
                for (String difference : synthesis.differences()) {
                    differences.item(new Paragraph(difference, TEXT));
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
                    document.add(new Paragraph(
                            t(
                                    locale,
                                    "convergence.synthesis.figures",
                                    group.voices(),
                                    group.communes(),
                                    group.contributions()),
                            TEXT));
                    quotes(document, group.quotes(), locale);
                }
                for (SynthesisDocument.Divided divided : section.divergences()) {
                    document.add(spaced(t(locale, "synthesis.divergence", divided.label()), LABEL));
                    document.add(new Paragraph(t(locale, "synthesis.inFavour"), TEXT));
                    quotes(document, divided.inFavour(), locale);
                    document.add(new Paragraph(t(locale, "synthesis.against"), TEXT));
                    quotes(document, divided.against(), locale);
                }
                if (!section.others().isEmpty()) {
                    document.add(spaced(t(locale, "synthesis.others"), LABEL));
                    TaggedPdfText.BulletList others = document.list();
                    for (SynthesisDocument.Reference other : section.others()) {
                        others.linkItem(
                                new Paragraph(other.title(), TEXT),
                                other.link(),
                                t(locale, "synthesis.pdf.link", other.title()));
                    }
                }
            }
            document.add(spaced(t(locale, "synthesis.sources"), THEME));
            TaggedPdfText.BulletList sources = document.list();
            for (String organisation : synthesis.sources().organisations()) {
                sources.item(new Paragraph(organisation, TEXT));
            }
            for (SynthesisDocument.CommuneCount commune : synthesis.sources().residents()) {
                sources.item(new Paragraph(
                        t(locale, "synthesis.residents", commune.commune(), commune.contributions()), TEXT));
            }
            document.add(spaced(t(locale, "synthesis.figures"), THEME));
            SynthesisDocument.Figures figures = synthesis.figures();
            document.add(new Paragraph(
                    t(
                            locale,
                            "synthesis.figures.line",
                            figures.contributions(),
                            figures.voices(),
                            figures.communes(),
                            figures.colleges(),
                            figures.offlinePercent()),
                    TEXT));
            document.add(spaced(t(locale, "convergence.synthesis.licence"), TEXT));
        } finally {
            pdf.close();
        }
    }

    private void quotes(TaggedPdfText document, List<SynthesisDocument.Quote> quotes, Locale locale) {
        for (SynthesisDocument.Quote quote : quotes) {
            Paragraph quoted = new Paragraph("« " + quote.text() + " » — " + quote.source(), QUOTE);
            quoted.setIndentationLeft(18);
            quoted.setSpacingBefore(4);
            document.addLink(quoted, quote.link(), t(locale, "synthesis.pdf.link", quote.source()));
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
