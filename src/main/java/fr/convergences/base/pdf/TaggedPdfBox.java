package fr.convergences.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * PDF/UA-1 (ISO 14289-1) for the documents drawn with Apache PDFBox, as {@link AccessiblePdf} is for OpenPDF's: the
 * Liberation fonts embedded (as subsets) in the document, its language and title, the XMP metadata that declares
 * PDF/UA, and a structure tree whose elements own the marked content drawn on the pages ({@link #mark}); what is only
 * drawing (rules, boxes to tick, frames) is marked as an artifact ({@link #artifact}). Call {@link #page} for each new
 * page before drawing on it, and {@link #finish} before saving.
 */
public final class TaggedPdfBox {

    /** Something drawn on a page's content stream. */
    @FunctionalInterface
    public interface Drawing {
        void draw() throws IOException;
    }

    public final PDFont regular;
    public final PDFont bold;
    public final PDFont italic;

    private final PDDocument document;
    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final PDStructureElement root;
    /** Per page (by its StructParents key), the element that owns each marked content, indexed by MCID. */
    private final Map<Integer, COSObjectable> parents = new HashMap<>();

    private List<PDStructureElement> owners = new ArrayList<>();
    private @Nullable PDPage page;

    public TaggedPdfBox(PDDocument document, String title, Locale locale) throws IOException {
        this.document = document;
        this.regular = font("LiberationSans-Regular.ttf");
        this.bold = font("LiberationSans-Bold.ttf");
        this.italic = font("LiberationSans-Italic.ttf");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(locale.toLanguageTag());
        document.getDocumentInformation().setTitle(title);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(AccessiblePdf.xmp(title, locale));
        catalog.setMetadata(metadata);
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement("Document", tree);
        tree.appendKid(root);
    }

    /** The document's top element, parent of its headings, paragraphs and lists. */
    public PDStructureElement root() {
        return root;
    }

    /** A new element of {@code type} (H1, P, L, LI, LBody...) at the end of {@code parent}'s children. */
    public PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** The page about to be drawn: its marked content starts at MCID 0; keyboard order follows the structure. */
    public void page(PDPage next) {
        closePage();
        page = next;
        next.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        next.setStructParents(parents.size());
        owners = new ArrayList<>();
    }

    /** Draws content owned by {@code element}: one marked-content sequence, referenced from the element. */
    public void mark(PDPageContentStream content, PDStructureElement element, Drawing drawing) throws IOException {
        PDPage current = Objects.requireNonNull(page, "page() before drawing");
        int mcid = owners.size();
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        content.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(current);
        element.appendKid(reference);
        owners.add(element);
    }

    /** One line of text with its baseline starting at (x, baseline), marked as part of {@code element}. */
    public void line(
            PDPageContentStream content,
            PDStructureElement element,
            PDFont font,
            float size,
            float x,
            float baseline,
            String text)
            throws IOException {
        mark(content, element, () -> {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(StandardFontText.printable(font, text));
            content.endText();
        });
    }

    /** Draws what only looks: assistive technology skips it. */
    public void artifact(PDPageContentStream content, Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Writes the parent tree (which element owns each marked content), to be called once everything is drawn. */
    public void finish() {
        closePage();
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        tree.setParentTree(parentTree);
        tree.setParentTreeNextKey(parents.size());
    }

    private void closePage() {
        PDPage done = page;
        if (done != null) {
            COSArray array = new COSArray();
            owners.forEach(owner -> array.add(owner.getCOSObject()));
            parents.put(done.getStructParents(), new PDParentTreeValue(array));
            page = null;
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = TaggedPdfBox.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The font liberation/" + file + " is not on the classpath (openpdf-fonts-extra)");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
