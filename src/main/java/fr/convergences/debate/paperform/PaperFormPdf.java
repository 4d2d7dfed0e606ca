package fr.convergences.debate.paperform;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.width;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.contribution.ContributionKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the paper contribution forms of a batch with Apache PDFBox, one A4 page per form: the consultation and its
 * question, a short explanation in plain language, boxes for the kind, a title and the text, the consultation's
 * themes, the commune and age band, the consent to tick, and the form's unique number at the top and bottom.
 * Texts are written with the standard Helvetica font (WinAnsi): a character it cannot show becomes "?".
 */
final class PaperFormPdf {

    /** The form's texts in the reader's language, by message key. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 48;
    private static final float BOX = 9;
    /** Line height as a multiple of the font size. */
    private static final float LEADING = 1.3f;
    private static final float CONSENT_SIZE = 10;

    private PaperFormPdf() {
    }

    static byte[] render(ConsultationDetails consultation, List<FormNumber> numbers, Texts texts) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(printable(texts.get("debate.paper.pdf.title") + " — " + consultation.consultation().title()));
            information.setCreator("Convergences");
            document.getDocumentCatalog().setLanguage(texts.get("debate.paper.pdf.language"));
            for (FormNumber number : numbers) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new Drawing(content, page.getMediaBox()).form(consultation, number, texts);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page being drawn, from the top down. */
    private static final class Drawing {

        private final PDPageContentStream content;
        private final float width;
        private final float height;
        private float y;

        Drawing(PDPageContentStream content, PDRectangle box) {
            this.content = content;
            this.width = box.getWidth();
            this.height = box.getHeight();
            this.y = height - MARGIN;
        }

        void form(ConsultationDetails consultation, FormNumber number, Texts texts) throws IOException {
            String printed = texts.get("debate.paper.pdf.number", number.printed());
            text(BOLD, 13, width - MARGIN - width(BOLD, 13, printed), y - 2, printed);
            content.addRect(width - MARGIN - width(BOLD, 13, printed) - 6, y - 8, width(BOLD, 13, printed) + 12, 22);
            content.stroke();
            paragraph(REGULAR, 9, consultation.councilName(), width - 2 * MARGIN - 170);
            y -= 6;
            paragraph(BOLD, 18, texts.get("debate.paper.pdf.heading"), width - 2 * MARGIN);
            paragraph(BOLD, 12, consultation.consultation().title(), width - 2 * MARGIN);
            paragraph(REGULAR, 11, consultation.consultation().question(), width - 2 * MARGIN);
            y -= 4;
            paragraph(REGULAR, 9.5f, texts.get("debate.paper.pdf.explanation"), width - 2 * MARGIN);
            y -= 8;
            List<String> kinds = new ArrayList<>();
            for (ContributionKind kind : ContributionKind.values()) {
                kinds.add(texts.get("debate.paper.pdf.kind." + kind.name()));
            }
            choices(texts.get("debate.paper.pdf.kinds"), kinds, 3);
            label(texts.get("debate.paper.pdf.titleBox"));
            lines(1);
            label(texts.get("debate.paper.pdf.bodyBox"));
            List<String> themes = consultation.themes().stream().map(Theme::name).toList();
            float reserved = 18 * ((themes.size() + 1) / 2) + 22 + 40 + 42 + 60 + 40;
            lines(Math.max(4, (int) ((y - MARGIN - reserved) / 20)));
            if (!themes.isEmpty()) {
                choices(texts.get("debate.paper.pdf.themes"), themes, 2);
            }
            label(texts.get("debate.paper.pdf.commune"));
            lines(1);
            List<String> ages = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                ages.add(texts.get("contribution.ageBand." + band.name()));
            }
            choices(texts.get("debate.paper.pdf.age"), ages, 3);
            y -= 10;
            // The box stands on the baseline of its sentence's first line: drawn at the current height, it sat on the
            // age row's checkboxes, a line above the sentence it asks to tick.
            checkbox(MARGIN, y - CONSENT_SIZE * LEADING);
            paragraphAt(BOLD, CONSENT_SIZE, texts.get("debate.paper.pdf.consent"), MARGIN + BOX + 8, width - 2 * MARGIN - BOX - 8);
            String footer = texts.get("debate.paper.pdf.footer", number.printed());
            text(REGULAR, 8.5f, MARGIN, MARGIN - 18, footer);
        }

        private void label(String label) throws IOException {
            y -= 4;
            paragraph(BOLD, 10, label, width - 2 * MARGIN);
        }

        private void lines(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                y -= 20;
                content.moveTo(MARGIN, y);
                content.lineTo(width - MARGIN, y);
                content.stroke();
            }
            y -= 6;
        }

        private void choices(String label, List<String> items, int columns) throws IOException {
            label(label);
            float column = (width - 2 * MARGIN) / columns;
            for (int i = 0; i < items.size(); i++) {
                if (i % columns == 0) {
                    y -= 16;
                }
                float x = MARGIN + (i % columns) * column;
                checkbox(x, y);
                String item = fit(REGULAR, 9.5f, items.get(i), column - BOX - 14);
                text(REGULAR, 9.5f, x + BOX + 5, y, item);
            }
            y -= 6;
        }

        private void checkbox(float x, float baseline) throws IOException {
            content.addRect(x, baseline - 1, BOX, BOX);
            content.stroke();
        }

        private void paragraph(PDType1Font font, float size, String text, float maxWidth) throws IOException {
            paragraphAt(font, size, text, MARGIN, maxWidth);
        }

        private void paragraphAt(PDType1Font font, float size, String text, float x, float maxWidth) throws IOException {
            for (String line : wrap(font, size, printable(text), maxWidth)) {
                y -= size * LEADING;
                text(font, size, x, y, line);
            }
        }

        private void text(PDType1Font font, float size, float x, float baseline, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        }
    }

    private static String fit(PDType1Font font, float size, String text, float maxWidth) throws IOException {
        String shown = printable(text);
        while (shown.length() > 1 && width(font, size, shown) > maxWidth) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }
}
