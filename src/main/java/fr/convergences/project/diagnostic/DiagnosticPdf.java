package fr.convergences.project.diagnostic;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.base.i18n.Messages;
import fr.convergences.base.pdf.TaggedPdfBox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints a published version of the diagnostic with Apache PDFBox, in French (the document the council adopted):
 * title, version and dates, the introduction, each section with its needs and quotes, the priority communes and the
 * figures per commune with their sources; pages follow as the text runs. Accessible as the synthesis (PDF/UA-1, through
 * {@link TaggedPdfBox}): embedded fonts, headings, paragraphs and lists of needs and priorities tagged in reading order.
 */
public final class DiagnosticPdf {

    private static final Locale FRENCH = Messages.FRENCH;
    private static final float MARGIN = 56;

    private DiagnosticPdf() {}

    public static byte[] render(DiagnosticDetails page) {
        DiagnosticDetails.Shown shown = page.shown();
        if (shown == null) {
            throw new IllegalArgumentException("nothing to print");
        }
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedPdfBox tagged = new TaggedPdfBox(document, shown.diagnostic().title(), FRENCH);
            document.getDocumentInformation().setCreator("Convergences");
            try (Writer writer = new Writer(document, tagged)) {
                writer.write(page.councilName(), shown);
            }
            tagged.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String key, Object... arguments) {
        return Messages.format(key, FRENCH, arguments);
    }

    /** Writes from the top of a page down, and opens the next page when the text reaches the bottom margin. */
    private static final class Writer implements AutoCloseable {

        private final PDDocument document;
        private final TaggedPdfBox tagged;
        private final PDFont regular;
        private final PDFont bold;
        private final PDFont italic;
        private PDPageContentStream content;
        private float width;
        private float y;

        Writer(PDDocument document, TaggedPdfBox tagged) throws IOException {
            this.document = document;
            this.tagged = tagged;
            this.regular = tagged.regular;
            this.bold = tagged.bold;
            this.italic = tagged.italic;
            this.content = newPage();
        }

        void write(String councilName, DiagnosticDetails.Shown shown) throws IOException {
            PDStructureElement root = tagged.root();
            paragraph(tagged.element(root, "H1"), bold, 18, shown.diagnostic().title());
            paragraph(tagged.element(root, "P"), regular, 11, councilName);
            paragraph(
                    tagged.element(root, "P"),
                    regular,
                    11,
                    text(
                            "diagnostic.page.version.PUBLISHED",
                            shown.version().number(),
                            Messages.day(
                                    Objects.requireNonNull(shown.adoptedOn(), "a published version was adopted"),
                                    FRENCH),
                            Messages.day(
                                    Objects.requireNonNull(shown.publishedOn(), "only published versions are printed"),
                                    FRENCH)));
            paragraph(
                    tagged.element(root, "P"),
                    regular,
                    10,
                    text("diagnostic.page.consultation", shown.consultationTitle()));
            space(8);
            if (!shown.version().introduction().isBlank()) {
                for (String block : shown.version().introduction().split("\n\\s*\n")) {
                    paragraph(tagged.element(root, "P"), regular, 11, block.replace('\n', ' '));
                }
            }
            for (DiagnosticDetails.SectionView section : shown.sections()) {
                space(10);
                paragraph(
                        tagged.element(root, "H2"), bold, 14, section.section().title());
                if (!section.section().text().isBlank()) {
                    for (String block : section.section().text().split("\n\\s*\n")) {
                        paragraph(tagged.element(root, "P"), regular, 11, block.replace('\n', ' '));
                    }
                }
                PDStructureElement needs = section.needs().isEmpty() ? root : tagged.element(root, "L");
                for (DiagnosticDetails.NeedView need : section.needs()) {
                    space(4);
                    // One item per need: its title, who voiced it, a quote and the actions answering it, read together.
                    PDStructureElement item = tagged.element(tagged.element(needs, "LI"), "LBody");
                    paragraph(item, bold, 11, "• " + need.need().title());
                    paragraph(item, regular, 10, "   " + need.need().voices());
                    if (need.quoteShown()) {
                        paragraph(
                                item,
                                italic,
                                10,
                                "   « " + need.need().quote() + " » ("
                                        + need.need().quoteSource() + ")");
                    }
                    if (!need.actions().isEmpty()) {
                        paragraph(
                                item,
                                regular,
                                10,
                                "   " + text("diagnostic.need.answeredBy") + " "
                                        + need.actions().stream()
                                                .map(DiagnosticDetails.ActionLink::title)
                                                .collect(Collectors.joining(" ; ")));
                    }
                }
            }
            if (!shown.priorities().isEmpty()) {
                space(10);
                paragraph(tagged.element(root, "H2"), bold, 14, text("diagnostic.priorities.heading"));
                PDStructureElement priorities = tagged.element(root, "L");
                for (DiagnosticDetails.PriorityView priority : shown.priorities()) {
                    paragraph(
                            tagged.element(tagged.element(priorities, "LI"), "LBody"),
                            regular,
                            11,
                            "• " + priority.commune() + " : " + priority.reason());
                }
            }
            if (!shown.figures().figures().isEmpty()) {
                space(10);
                paragraph(tagged.element(root, "H2"), bold, 14, text("diagnostic.figures.heading"));
                for (DiagnosticDetails.FigureRow row : shown.figures().rows()) {
                    StringBuilder line = new StringBuilder(row.commune())
                            .append(" (")
                            .append(row.inseeCode())
                            .append(")");
                    for (int i = 0; i < shown.figures().figures().size(); i++) {
                        BigDecimal value = row.values().get(i);
                        line.append(" — ")
                                .append(shown.figures().figures().get(i))
                                .append(" : ")
                                .append(
                                        value == null
                                                ? text("diagnostic.figures.none")
                                                : text("diagnostic.figures.number", value));
                    }
                    paragraph(tagged.element(root, "P"), regular, 10, line.toString());
                }
                paragraph(
                        tagged.element(root, "P"),
                        italic,
                        9,
                        text(
                                "diagnostic.figures.sources",
                                String.join(" ; ", shown.figures().sources())));
            }
        }

        /** The text's lines, each marked as part of {@code element}, on as many pages as they need. */
        private void paragraph(PDStructureElement element, PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(font, text), width)) {
                if (y - size * 1.35f < MARGIN) {
                    content = newPage();
                }
                y -= size * 1.35f;
                tagged.line(content, element, font, size, MARGIN, y, line);
            }
            y -= size * 0.4f;
        }

        private void space(float points) {
            y -= points;
        }

        /** Closes the page being written, if any, and opens the next one. */
        private PDPageContentStream newPage() throws IOException {
            if (this.content != null) {
                this.content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            tagged.page(page);
            width = page.getMediaBox().getWidth() - 2 * MARGIN;
            y = page.getMediaBox().getHeight() - MARGIN;
            return new PDPageContentStream(document, page);
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
