package fr.convergences.base.pdf;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
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
 * Bulleted lines are lists ({@link #list}: L, LI, Lbl, LBody) and rows of figures are tables ({@link #addTable}: Table,
 * TR, TH with its scope, TD), so that a screen reader announces them as such.
 */
public final class TaggedPdfText {

    public static final PdfName H1 = new PdfName("H1");
    public static final PdfName H2 = new PdfName("H2");
    public static final PdfName H3 = new PdfName("H3");
    public static final PdfName PARAGRAPH = new PdfName("P");
    private static final PdfName DOCUMENT = new PdfName("Document");
    private static final PdfName LIST = new PdfName("L");
    private static final PdfName LIST_ITEM = new PdfName("LI");
    private static final PdfName LABEL = new PdfName("Lbl");
    private static final PdfName LIST_BODY = new PdfName("LBody");
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName ROW = new PdfName("TR");
    private static final PdfName HEADER_CELL = new PdfName("TH");
    private static final PdfName CELL = new PdfName("TD");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    /** How far an item's text hangs right of its bullet, in points. */
    private static final float BULLET_WIDTH = 12;

    private static final float CELL_PADDING = 3;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final Map<Font, PdfName> headings;
    private final ColumnText column;

    /** To be made after the document is opened; {@code headings}: the font of each heading level and its role. */
    public TaggedPdfText(Document document, PdfWriter writer, Map<Font, PdfName> headings) {
        this.document = document;
        this.writer = writer;
        this.headings = headings;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        this.column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    /** Lays the paragraph out where the previous one ended, on as many pages as it needs, tagged by its font. */
    public void add(Paragraph paragraph) {
        add(paragraph, headings.getOrDefault(paragraph.getFont(), PARAGRAPH));
    }

    /** The same, in the structure element {@code role}: a heading whose level is not its font's. */
    public void add(Paragraph paragraph, PdfName role) {
        PdfStructureElement element = new PdfStructureElement(root, role);
        layOut(paragraph, element, null);
    }

    /**
     * A paragraph that is one link as a whole (a quote, a contribution's title): a P holding a Link, whose text is the
     * paragraph's, with one link annotation per page it spans. {@code description}: the annotation's alternate text
     * (its /Contents), said by assistive technology where the link is reached by its annotation rather than its text.
     */
    public void addLink(Paragraph paragraph, String uri, String description) {
        PdfStructureElement paragraphElement = new PdfStructureElement(root, PARAGRAPH);
        PdfStructureElement link = new PdfStructureElement(paragraphElement, PdfName.LINK);
        layOut(paragraph, link, new Target(uri, description));
    }

    private record Target(String uri, String description) {}

    private void layOut(Paragraph paragraph, PdfStructureElement element, @Nullable Target target) {
        column.addElement(paragraph);
        try {
            int status = marked(element, paragraph, target);
            while (ColumnText.hasMoreText(status)) {
                newPage();
                status = marked(element, paragraph, target); // the same element, marked again on the next page
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out", e);
        }
    }

    private int marked(PdfStructureElement element, Paragraph paragraph, @Nullable Target target)
            throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        float top = column.getYLine();
        canvas.beginMarkedContentSequence(element);
        int status = column.go();
        canvas.endMarkedContentSequence();
        if (target != null && top - column.getYLine() > 1) { // nothing of it fitted on this page: nothing to click
            annotate(
                    element,
                    target,
                    document.left() + paragraph.getIndentationLeft(),
                    column.getYLine(),
                    document.right() - paragraph.getIndentationRight(),
                    top);
        }
        return status;
    }

    /** The link's clickable area on this page (the lines just laid out), tied both ways to its Link element. */
    private void annotate(PdfStructureElement link, Target target, float left, float bottom, float right, float top) {
        PdfAnnotation annotation = new PdfAnnotation(writer, left, bottom, right, top, new PdfAction(target.uri()));
        annotation.put(PdfName.CONTENTS, new PdfString(target.description(), PdfObject.TEXT_UNICODE));
        annotation.put(
                PdfName.STRUCTPARENT,
                new PdfNumber(writer.getStructureTreeRoot().addExistingObject(link.getReference())));
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

    /** A bulleted list, laid out item by item where the text stands; its items are read as one list. */
    public BulletList list() {
        return new BulletList();
    }

    /**
     * The items of one list: each a bullet (Lbl) and its text (LBody) hanging to the bullet's right. The list's element
     * is made with its first item, so that a list left empty leaves no empty element in the structure.
     */
    public final class BulletList {

        private @Nullable PdfStructureElement list;

        private BulletList() {}

        private PdfStructureElement newItem() {
            PdfStructureElement element = list;
            if (element == null) {
                element = new PdfStructureElement(root, LIST);
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, new PdfName("List"));
                attributes.put(new PdfName("ListNumbering"), new PdfName("Disc"));
                element.put(PdfName.A, attributes);
                list = element;
            }
            return new PdfStructureElement(element, LIST_ITEM);
        }

        /** An item of text; {@code body} without its bullet, which is drawn here. */
        public void item(Paragraph body) {
            PdfStructureElement item = newItem();
            bullet(item, body);
            layOut(body, new PdfStructureElement(item, LIST_BODY), null);
        }

        /** An item that is one link as a whole (as {@link #addLink}), inside the item's body. */
        public void linkItem(Paragraph body, String uri, String description) {
            PdfStructureElement item = newItem();
            bullet(item, body);
            PdfStructureElement link = new PdfStructureElement(new PdfStructureElement(item, LIST_BODY), PdfName.LINK);
            layOut(body, link, new Target(uri, description));
        }

        /**
         * The bullet, in a narrow column of its own that starts at the same height as the item's text: the same font and
         * leading put both on the same first baseline. The text is indented past it.
         */
        private void bullet(PdfStructureElement item, Paragraph body) {
            float indentation = body.getIndentationLeft();
            body.setIndentationLeft(indentation + BULLET_WIDTH);
            if (column.getYLine() - body.getTotalLeading() - body.getSpacingBefore() < document.bottom()) {
                newPage(); // no bullet alone at the foot of a page, its text on the next
            }
            ColumnText label = new ColumnText(writer.getDirectContent());
            label.setSimpleColumn(
                    document.left() + indentation,
                    document.bottom(),
                    document.left() + indentation + BULLET_WIDTH,
                    document.top());
            label.setYLine(column.getYLine());
            Paragraph mark = new Paragraph("•", body.getFont());
            mark.setLeading(body.getLeading(), body.getMultipliedLeading());
            mark.setSpacingBefore(body.getSpacingBefore());
            label.addElement(mark);
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginMarkedContentSequence(new PdfStructureElement(item, LABEL));
            try {
                label.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("The PDF could not be laid out", e);
            }
            canvas.endMarkedContentSequence();
        }
    }

    /**
     * A table of short texts in columns of equal width: a header row (TH, each heading its column) and the rows (TD).
     * A row never splits across pages; on a new page the header row is drawn again as an artifact, so that it is read
     * once. Cell borders are artifacts too.
     */
    public void addTable(List<String> header, List<List<String>> rows, Font headerFont, Font cellFont) {
        PdfStructureElement table = new PdfStructureElement(root, TABLE);
        float width = (document.right() - document.left()) / header.size();
        row(table, header, headerFont, width, HEADER_CELL);
        for (List<String> row : rows) {
            if (column.getYLine() - height(row, cellFont, width) < document.bottom()) {
                newPage();
                row(null, header, headerFont, width, HEADER_CELL);
            }
            row(table, row, cellFont, width, CELL);
        }
        column.setYLine(column.getYLine() - CELL_PADDING * 2); // a little air below the table, as a paragraph's spacing
    }

    /** One row: its cells laid out side by side from the current height, then bordered. {@code table} null: an artifact. */
    private void row(@Nullable PdfStructureElement table, List<String> cells, Font font, float width, PdfName role) {
        float top = column.getYLine();
        float height = height(cells, font, width);
        PdfContentByte canvas = writer.getDirectContent();
        PdfStructureElement row = table == null ? null : new PdfStructureElement(table, ROW);
        for (int i = 0; i < cells.size(); i++) {
            ColumnText cell = cellColumn(cells.get(i), font, document.left() + i * width, top, width);
            if (row == null) {
                canvas.beginMarkedContentSequence(ARTIFACT, new PdfDictionary(), true);
            } else {
                PdfStructureElement element = new PdfStructureElement(row, role);
                if (role == HEADER_CELL) {
                    PdfDictionary scope = new PdfDictionary();
                    scope.put(PdfName.O, new PdfName("Table"));
                    scope.put(new PdfName("Scope"), new PdfName("Column"));
                    element.put(PdfName.A, scope);
                }
                canvas.beginMarkedContentSequence(element);
            }
            try {
                cell.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("The PDF could not be laid out", e);
            }
            canvas.endMarkedContentSequence();
        }
        canvas.beginMarkedContentSequence(ARTIFACT, new PdfDictionary(), true);
        canvas.setLineWidth(0.5f);
        for (int i = 0; i < cells.size(); i++) {
            canvas.rectangle(document.left() + i * width, top - height, width, height);
        }
        canvas.stroke();
        canvas.endMarkedContentSequence();
        column.setYLine(top - height);
    }

    /** How tall a row is: its tallest cell, laid out without drawing. */
    private float height(List<String> cells, Font font, float width) {
        float top = column.getYLine();
        float lowest = top;
        for (String text : cells) {
            ColumnText cell = cellColumn(text, font, document.left(), top, width);
            try {
                cell.go(true);
            } catch (DocumentException e) {
                throw new IllegalStateException("The PDF could not be laid out", e);
            }
            lowest = Math.min(lowest, cell.getYLine());
        }
        return top - lowest + CELL_PADDING;
    }

    private ColumnText cellColumn(String text, Font font, float left, float top, float width) {
        ColumnText cell = new ColumnText(writer.getDirectContent());
        cell.setSimpleColumn(left + CELL_PADDING, document.bottom(), left + width - CELL_PADDING, top - CELL_PADDING);
        cell.addElement(new Paragraph(new Phrase(text, font)));
        cell.setAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private void newPage() {
        document.newPage();
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }
}
