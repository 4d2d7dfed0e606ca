package fr.convergences.debate.paperform;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.width;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.base.pdf.TaggedPdfBox;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.mediation.AgeBand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the paper contribution forms of a batch with Apache PDFBox, one A4 page per form: the consultation and its
 * question, a short explanation in plain language, boxes for the kind, a title and the text, the consultation's
 * themes, the commune and age band, the consent to tick, and the form's unique number at the top and bottom.
 * The fonts are embedded and the texts tagged, the boxes and rules being artifacts (PDF/UA-1, through {@link TaggedPdfBox}):
 * a volunteer may read the form on screen before printing it. A character the font cannot show becomes "?".
 */
final class PaperFormPdf {

    /** The form's texts in the reader's language, by message key. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private static final float MARGIN = 48;
    private static final float BOX = 9;
    /** Line height as a multiple of the font size. */
    private static final float LEADING = 1.3f;

    private static final float CONSENT_SIZE = 10;

    private PaperFormPdf() {}

    static byte[] render(ConsultationDetails consultation, List<FormNumber> numbers, Texts texts) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedPdfBox tagged = new TaggedPdfBox(
                    document,
                    texts.get("debate.paper.pdf.title") + " — "
                            + consultation.consultation().title(),
                    Locale.forLanguageTag(texts.get("debate.paper.pdf.language")));
            PDDocumentInformation information = document.getDocumentInformation();
            information.setCreator("Convergences");
            for (FormNumber number : numbers) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                tagged.page(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // Each form a section of its own.
                    new Drawing(content, page.getMediaBox(), tagged, tagged.element(tagged.root(), "Sect"))
                            .form(consultation, number, texts);
                }
            }
            tagged.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page being drawn, from the top down. */
    private static final class Drawing {

        private final PDPageContentStream content;
        private final TaggedPdfBox tagged;
        private final PDStructureElement section;
        private final PDFont regular;
        private final PDFont bold;
        private final float width;
        private final float height;
        private float y;

        Drawing(PDPageContentStream content, PDRectangle box, TaggedPdfBox tagged, PDStructureElement section) {
            this.content = content;
            this.tagged = tagged;
            this.section = section;
            this.regular = tagged.regular;
            this.bold = tagged.bold;
            this.width = box.getWidth();
            this.height = box.getHeight();
            this.y = height - MARGIN;
        }

        void form(ConsultationDetails consultation, FormNumber number, Texts texts) throws IOException {
            String printed = texts.get("debate.paper.pdf.number", number.printed());
            text(bold, 13, width - MARGIN - width(bold, 13, printed), y - 2, printed);
            tagged.artifact(content, () -> {
                content.addRect(
                        width - MARGIN - width(bold, 13, printed) - 6, y - 8, width(bold, 13, printed) + 12, 22);
                content.stroke();
            });
            paragraph(regular, 9, consultation.councilName(), width - 2 * MARGIN - 170);
            y -= 6;
            paragraphAt("H1", bold, 18, texts.get("debate.paper.pdf.heading"), MARGIN, width - 2 * MARGIN);
            paragraph(bold, 12, consultation.consultation().title(), width - 2 * MARGIN);
            paragraph(regular, 11, consultation.consultation().question(), width - 2 * MARGIN);
            y -= 4;
            paragraph(regular, 9.5f, texts.get("debate.paper.pdf.explanation"), width - 2 * MARGIN);
            y -= 8;
            List<String> kinds = new ArrayList<>();
            for (ContributionKind kind : ContributionKind.values()) {
                kinds.add(texts.get("debate.paper.pdf.kind." + kind.name()));
            }
            choices(texts.get("debate.paper.pdf.kinds"), kinds, 3);
            label(texts.get("debate.paper.pdf.titleBox"));
            lines(1);
            label(texts.get("debate.paper.pdf.bodyBox"));
            List<String> themes =
                    consultation.themes().stream().map(Theme::name).toList();
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
            paragraphAt(
                    bold,
                    CONSENT_SIZE,
                    texts.get("debate.paper.pdf.consent"),
                    MARGIN + BOX + 8,
                    width - 2 * MARGIN - BOX - 8);
            String footer = texts.get("debate.paper.pdf.footer", number.printed());
            text(regular, 8.5f, MARGIN, MARGIN - 18, footer);
        }

        private void label(String label) throws IOException {
            y -= 4;
            paragraph(bold, 10, label, width - 2 * MARGIN);
        }

        private void lines(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                y -= 20;
                tagged.artifact(content, () -> {
                    content.moveTo(MARGIN, y);
                    content.lineTo(width - MARGIN, y);
                    content.stroke();
                });
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
                String item = fit(regular, 9.5f, items.get(i), column - BOX - 14);
                text(regular, 9.5f, x + BOX + 5, y, item);
            }
            y -= 6;
        }

        private void checkbox(float x, float baseline) throws IOException {
            tagged.artifact(content, () -> {
                content.addRect(x, baseline - 1, BOX, BOX);
                content.stroke();
            });
        }

        private void paragraph(PDFont font, float size, String text, float maxWidth) throws IOException {
            paragraphAt(font, size, text, MARGIN, maxWidth);
        }

        private void paragraphAt(PDFont font, float size, String text, float x, float maxWidth) throws IOException {
            paragraphAt("P", font, size, text, x, maxWidth);
        }

        /** The text's lines, marked as one element of {@code role}. */
        private void paragraphAt(String role, PDFont font, float size, String text, float x, float maxWidth)
                throws IOException {
            PDStructureElement element = tagged.element(section, role);
            for (String line : wrap(font, size, printable(font, text), maxWidth)) {
                y -= size * LEADING;
                text(element, font, size, x, y, line);
            }
        }

        /** A text on its own (a number, a choice, the footer): a paragraph of one line. */
        private void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
            text(tagged.element(section, "P"), font, size, x, baseline, text);
        }

        private void text(PDStructureElement element, PDFont font, float size, float x, float baseline, String text)
                throws IOException {
            tagged.line(content, element, font, size, x, baseline, text);
        }
    }

    private static String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        String shown = printable(font, text);
        while (shown.length() > 1 && width(font, size, shown) > maxWidth) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }
}
