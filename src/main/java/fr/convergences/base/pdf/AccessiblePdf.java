package fr.convergences.base.pdf;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The settings that make an OpenPDF document PDF/UA-1 (ISO 14289-1), shared by every PDF the platform writes with it:
 * the document's language, its title shown by readers instead of the file name and in the XMP metadata that also
 * declares PDF/UA, keyboard order following the structure, page numbers as artifacts outside the structure. The text
 * itself goes through {@link TaggedPdfText}, in {@link EmbeddedFonts}.
 */
public final class AccessiblePdf {

    private static final Font PAGE_NUMBER =
            new Font(EmbeddedFonts.REGULAR, 8, Font.NORMAL, new Color(0x59, 0x59, 0x59));
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private AccessiblePdf() {}

    /**
     * Opens {@code pdf} for writing to {@code out} as a tagged PDF/UA-1 document, and returns the text writer over it.
     * {@code headings}: as {@link TaggedPdfText}'s.
     */
    public static TaggedPdfText open(
            Document pdf, OutputStream out, String title, Locale locale, Map<Font, PdfName> headings) {
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7); // the version PDF/UA-1 is written against
            writer.setTagged();
            writer.setTabs(PdfName.S); // keyboard order through the links follows the structure tree
            writer.setXmpMetadata(xmp(title, locale));
            writer.setPageEvent(new PageNumbers());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            PdfDictionary viewer = new PdfDictionary();
            viewer.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            writer.getExtraCatalog().put(PdfName.VIEWERPREFERENCES, viewer);
            pdf.addTitle(title);
            pdf.open();
            return new TaggedPdfText(pdf, writer, headings);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be opened", e);
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
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
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
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(writer.getPageNumber()), PAGE_NUMBER),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 28,
                    0);
            canvas.endMarkedContentSequence();
        }
    }
}
