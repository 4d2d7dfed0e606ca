package fr.convergences.convergence;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import java.util.Map;

/**
 * Paragraphs laid out page after page, each inside its own structure element, so that the PDF has a structure tree
 * (Document, then H1, H2, H3 and P in reading order) that screen readers and reflow follow. OpenPDF tags nothing that
 * {@link Document#add} lays out; its low-level marked content does, so text goes through a {@link ColumnText} on the
 * writer's direct content, wrapped in one marked-content sequence per element and page. The role comes from the
 * paragraph's font (the document's fonts stand for its levels) unless the caller names it.
 * <p>
 * Links are laid out by {@link #addLink}: OpenPDF's own link annotations (from an {@code Anchor}) cannot be tied to the
 * structure tree, which PDF/UA-1 requires (a Link element holding the text and an object reference to the annotation,
 * the annotation pointing back through its StructParent), so the annotation is made here, over the paragraph's lines.
 */
final class TaggedPdfText {

    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName H3 = new PdfName("H3");
    static final PdfName PARAGRAPH = new PdfName("P");
    private static final PdfName DOCUMENT = new PdfName("Document");

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
        add(paragraph, headings.getOrDefault(paragraph.getFont(), PARAGRAPH));
    }

    /** The same, in the structure element {@code role}: a heading whose level is not its font's. */
    void add(Paragraph paragraph, PdfName role) {
        PdfStructureElement element = new PdfStructureElement(root, role);
        layOut(paragraph, element, null);
    }

    /**
     * A paragraph that is one link as a whole (a quote, a contribution's title): a P holding a Link, whose text is the
     * paragraph's, with one link annotation per page it spans. {@code description}: the annotation's alternate text
     * (its /Contents), said by assistive technology where the link is reached by its annotation rather than its text.
     */
    void addLink(Paragraph paragraph, String uri, String description) {
        PdfStructureElement paragraphElement = new PdfStructureElement(root, PARAGRAPH);
        PdfStructureElement link = new PdfStructureElement(paragraphElement, PdfName.LINK);
        layOut(paragraph, link, new Target(uri, description));
    }

    private record Target(String uri, String description) {
    }

    private void layOut(Paragraph paragraph, PdfStructureElement element, Target target) {
        column.addElement(paragraph);
        try {
            int status = marked(element, paragraph, target);
            while (ColumnText.hasMoreText(status)) {
                document.newPage();
                column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
                status = marked(element, paragraph, target); // the same element, marked again on the next page
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The synthesis PDF could not be laid out", e);
        }
    }

    private int marked(PdfStructureElement element, Paragraph paragraph, Target target) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        float top = column.getYLine();
        canvas.beginMarkedContentSequence(element);
        int status = column.go();
        canvas.endMarkedContentSequence();
        if (target != null && top - column.getYLine() > 1) { // nothing of it fitted on this page: nothing to click
            annotate(element, target, document.left() + paragraph.getIndentationLeft(), column.getYLine(),
                    document.right() - paragraph.getIndentationRight(), top);
        }
        return status;
    }

    /** The link's clickable area on this page (the lines just laid out), tied both ways to its Link element. */
    private void annotate(PdfStructureElement link, Target target, float left, float bottom, float right, float top) {
        PdfAnnotation annotation = new PdfAnnotation(writer, left, bottom, right, top, new PdfAction(target.uri()));
        annotation.put(PdfName.CONTENTS, new PdfString(target.description(), PdfObject.TEXT_UNICODE));
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(writer.getStructureTreeRoot().addExistingObject(link.getReference())));
        PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        // After the element's first marked content: OpenPDF refuses to mark an element whose first kid is not an MCID.
        PdfObject kids = link.get(PdfName.K);
        PdfArray array;
        if (kids != null && kids.isArray()) {
            array = (PdfArray) kids;
        } else {
            array = new PdfArray();
            if (kids != null) {
                array.add(kids);
            }
        }
        array.add(reference);
        link.put(PdfName.K, array);
        writer.addAnnotation(annotation);
    }
}
