package fr.convergences.project.diagnostic;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.base.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a published version of the diagnostic with Apache PDFBox, in French (the document the council adopted):
 * title, version and dates, the introduction, each section with its needs and quotes, the priority communes and the
 * figures per commune with their sources. Helvetica (WinAnsi) needs no embedded font; pages follow as the text runs.
 */
public final class DiagnosticPdf {

    private static final Locale FRENCH = Messages.FRENCH;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final float MARGIN = 56;

    private DiagnosticPdf() {
    }

    public static byte[] render(DiagnosticPage page) {
        if (page.isEmpty()) {
            throw new IllegalArgumentException("nothing to print");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(printable(page.diagnostic().title()));
            document.getDocumentInformation().setCreator("Convergences");
            document.getDocumentCatalog().setLanguage("fr-FR");
            try (Writer writer = new Writer(document)) {
                writer.write(page);
            }
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
        private PDPageContentStream content;
        private float width;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void write(DiagnosticPage page) throws IOException {
            paragraph(BOLD, 18, page.diagnostic().title());
            paragraph(REGULAR, 11, page.councilName());
            paragraph(REGULAR, 11, text("diagnostic.page.version.PUBLISHED", page.version().number(), Messages.day(page.adoptedOn(), FRENCH),
                    Messages.day(page.publishedOn(), FRENCH)));
            paragraph(REGULAR, 10, text("diagnostic.page.consultation", page.consultationTitle()));
            space(8);
            if (!page.version().introduction().isBlank()) {
                for (String block : page.version().introduction().split("\n\\s*\n")) {
                    paragraph(REGULAR, 11, block.replace('\n', ' '));
                }
            }
            for (DiagnosticPage.SectionView section : page.sections()) {
                space(10);
                paragraph(BOLD, 14, section.section().title());
                if (!section.section().text().isBlank()) {
                    for (String block : section.section().text().split("\n\\s*\n")) {
                        paragraph(REGULAR, 11, block.replace('\n', ' '));
                    }
                }
                for (DiagnosticPage.NeedView need : section.needs()) {
                    space(4);
                    paragraph(BOLD, 11, "• " + need.need().title());
                    paragraph(REGULAR, 10, "   " + need.need().voices());
                    if (need.quoteShown()) {
                        paragraph(ITALIC, 10, "   « " + need.need().quote() + " » (" + need.need().quoteSource() + ")");
                    }
                    if (!need.actions().isEmpty()) {
                        paragraph(REGULAR, 10, "   " + text("diagnostic.need.answeredBy") + " "
                                + need.actions().stream().map(DiagnosticPage.ActionLink::title).collect(Collectors.joining(" ; ")));
                    }
                }
            }
            if (!page.priorities().isEmpty()) {
                space(10);
                paragraph(BOLD, 14, text("diagnostic.priorities.heading"));
                for (DiagnosticPage.PriorityView priority : page.priorities()) {
                    paragraph(REGULAR, 11, "• " + priority.commune() + " : " + priority.reason());
                }
            }
            if (!page.figures().figures().isEmpty()) {
                space(10);
                paragraph(BOLD, 14, text("diagnostic.figures.heading"));
                for (DiagnosticPage.FigureRow row : page.figures().rows()) {
                    StringBuilder line = new StringBuilder(row.commune()).append(" (").append(row.inseeCode()).append(")");
                    for (int i = 0; i < page.figures().figures().size(); i++) {
                        BigDecimal value = row.values().get(i);
                        line.append(" — ").append(page.figures().figures().get(i)).append(" : ")
                                .append(value == null ? text("diagnostic.figures.none") : text("diagnostic.figures.number", value));
                    }
                    paragraph(REGULAR, 10, line.toString());
                }
                paragraph(ITALIC, 9, text("diagnostic.figures.sources", String.join(" ; ", page.figures().sources())));
            }
        }

        private void paragraph(PDType1Font font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(text), width)) {
                if (y - size * 1.35f < MARGIN) {
                    newPage();
                }
                y -= size * 1.35f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= size * 0.4f;
        }

        private void space(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            width = page.getMediaBox().getWidth() - 2 * MARGIN;
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
