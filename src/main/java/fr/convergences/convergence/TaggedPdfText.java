package fr.convergences.convergence;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import java.util.Map;

/**
 * Paragraphs laid out page after page, each inside its own structure element, so that the PDF has a structure tree
 * (Document, then H1, H2, H3 and P in reading order) that screen readers and reflow follow. OpenPDF tags nothing that
 * {@link Document#add} lays out; its low-level marked content does, so text goes through a {@link ColumnText} on the
 * writer's direct content, wrapped in one marked-content sequence per element and page. The role comes from the
 * paragraph's font: the document's fonts stand for its levels.
 */
final class TaggedPdfText {

    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName H3 = new PdfName("H3");
    private static final PdfName DOCUMENT = new PdfName("Document");
    private static final PdfName PARAGRAPH = new PdfName("P");

    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final Map<Font, PdfName> headings;
    private final ColumnText column;

    /** To be made after the document is opened; {@code headings}: the font of each heading level and its role. */
    TaggedPdfText(Document document, PdfWriter writer, Map<Font, PdfName> headings) {
        this.document = document;
        this.writer = writer;
        this.headings = headings;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        this.column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    /** Lays the paragraph out where the previous one ended, on as many pages as it needs, tagged by its font. */
    void add(Paragraph paragraph) {
        PdfStructureElement element = new PdfStructureElement(root, headings.getOrDefault(paragraph.getFont(), PARAGRAPH));
        column.addElement(paragraph);
        try {
            int status = marked(element);
            while (ColumnText.hasMoreText(status)) {
                document.newPage();
                column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
                status = marked(element); // the same element, marked again on the next page
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The synthesis PDF could not be laid out", e);
        }
    }

    private int marked(PdfStructureElement element) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginMarkedContentSequence(element);
        int status = column.go();
        canvas.endMarkedContentSequence();
        return status;
    }
}
