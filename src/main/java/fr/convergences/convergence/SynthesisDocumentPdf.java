package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The synthesis document as PDF/UA-1 (ISO 14289-1), with OpenPDF as the existing synthesis ({@link SynthesisPdf}): the
 * document's language, its title shown by readers instead of the file name and in the XMP metadata that also declares
 * PDF/UA, embedded fonts ({@link EmbeddedFonts}), a structure tree of headings and paragraphs in reading order
 * ({@link TaggedPdfText}); each quote links to its contribution through a Link element tied to its annotation; page
 * numbers are artifacts, outside the structure. Text is placed as text, never interpreted.
 */
@Singleton
public class SynthesisDocumentPdf {

    private static final Font TITLE = new Font(EmbeddedFonts.BOLD, 18);
    private static final Font THEME = new Font(EmbeddedFonts.BOLD, 14);
    private static final Font LABEL = new Font(EmbeddedFonts.BOLD, 12);
    private static final Font TEXT = new Font(EmbeddedFonts.REGULAR, 10);
    private static final Font QUOTE = new Font(EmbeddedFonts.ITALIC, 10);
    private static final Font PAGE_NUMBER = new Font(EmbeddedFonts.REGULAR, 8, Font.NORMAL, new Color(0x59, 0x59, 0x59));
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final I18NProvider messages;

    public SynthesisDocumentPdf(I18NProvider messages) {
        this.messages = messages;
    }

    public void render(SynthesisDocument synthesis, Locale locale, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7); // the version PDF/UA-1 is written against
            writer.setTagged();
            writer.setTabs(PdfName.S); // keyboard order through the links follows the structure tree
            writer.setXmpMetadata(xmp(synthesis.title(), locale));
            writer.setPageEvent(new PageNumbers());
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
                // Before any theme's H2: an H3 here would skip a heading level.
                document.add(spaced(t(locale, "synthesis.differences", synthesis.number() - 1), LABEL), TaggedPdfText.H2);
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
                    for (SynthesisDocument.Reference other : section.others()) {
                        document.addLink(new Paragraph("• " + other.title(), TEXT), other.link(), t(locale, "synthesis.pdf.link", other.title()));
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

    private void quotes(TaggedPdfText document, List<SynthesisDocument.Quote> quotes, Locale locale) {
        for (SynthesisDocument.Quote quote : quotes) {
            Paragraph quoted = new Paragraph("« " + quote.text() + " » — " + quote.source(), QUOTE);
            quoted.setIndentationLeft(18);
            quoted.setSpacingBefore(4);
            document.addLink(quoted, quote.link(), t(locale, "synthesis.pdf.link", quote.source()));
        }
    }

    /**
     * The document's XMP metadata: its title (PDF/UA-1 wants it there, not only in the Info dictionary), language, and
     * the PDF/UA identification that tells validators and readers which standard the file claims.
     */
    static byte[] xmp(String title, Locale locale) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xmlText(title), xmlText(locale.getLanguage())).getBytes(StandardCharsets.UTF_8);
    }

    /** The title is an editor's text: escaped so that it stays text in the XML packet. */
    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Each page's number at its foot, marked as a pagination artifact: assistive technology skips it. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            PdfDictionary pagination = new PdfDictionary();
            pagination.put(PdfName.TYPE, new PdfName("Pagination"));
            pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
            canvas.beginMarkedContentSequence(ARTIFACT, pagination, true);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(String.valueOf(writer.getPageNumber()), PAGE_NUMBER),
                    (document.left() + document.right()) / 2, document.bottom() - 28, 0);
            canvas.endMarkedContentSequence();
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
