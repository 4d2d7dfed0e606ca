package fr.convergences.project.letter;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.base.i18n.Messages;
import fr.convergences.base.pdf.TaggedPdfBox;
import fr.convergences.project.notification.Trail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints the letters with Apache PDFBox, one A4 page each, in French: the people they go to live in France and were
 * met offline; the words are plain and the type is large. The fonts are embedded and the text tagged (PDF/UA-1, through
 * {@link TaggedPdfBox}), for a reader who gets the file rather than the paper; a character the font cannot show
 * becomes "?". A contribution's text is cut to what a page holds: the letter gives the address of the whole.
 */
public final class LettersPdf {

    private static final Locale FRENCH = Messages.FRENCH;
    private static final float MARGIN = 56;
    private static final int QUOTE_MAX_LENGTH = 700;

    private LettersPdf() {}

    public static byte[] render(String sender, List<Letter> letters) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedPdfBox tagged = new TaggedPdfBox(document, text("project.letter.pdf.title", sender), FRENCH);
            document.getDocumentInformation().setCreator("Convergences");
            for (Letter letter : letters) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                tagged.page(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // Each letter a section of its own, so that a reader goes from one to the next.
                    new Page(content, page.getMediaBox(), tagged, tagged.element(tagged.root(), "Sect")).letter(letter);
                }
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

    private static String day(LocalDate date) {
        return Messages.day(date, FRENCH);
    }

    /** One letter being written, from the top down. */
    private static final class Page {

        private final PDPageContentStream content;
        private final TaggedPdfBox tagged;
        private final PDStructureElement section;
        private final PDFont regular;
        private final PDFont bold;
        private final float width;
        private float y;

        Page(PDPageContentStream content, PDRectangle box, TaggedPdfBox tagged, PDStructureElement section) {
            this.content = content;
            this.tagged = tagged;
            this.section = section;
            this.regular = tagged.regular;
            this.bold = tagged.bold;
            this.width = box.getWidth() - 2 * MARGIN;
            this.y = box.getHeight() - MARGIN;
        }

        void letter(Letter letter) throws IOException {
            paragraph(bold, 12, letter.sender());
            paragraph(regular, 10, text("project.letter.council", letter.councilName()));
            y -= 14;
            paragraph(
                    bold,
                    12,
                    letter.participantName() == null
                            ? text("project.letter.to.anonymous", letter.place(), day(letter.collectedOn()))
                            : text(
                                    "project.letter.to.named",
                                    letter.participantName(),
                                    letter.place(),
                                    day(letter.collectedOn())));
            y -= 10;
            paragraph(regular, 12, text("project.letter.hello"));
            paragraph(
                    regular,
                    12,
                    text(
                            "project.letter.intro",
                            day(letter.collectedOn()),
                            letter.place(),
                            letter.consultationTitle(),
                            letter.councilName()));
            y -= 8;
            paragraph(bold, 12, text("project.letter.said"));
            String body = letter.contributionBody().length() > QUOTE_MAX_LENGTH
                    ? letter.contributionBody().substring(0, QUOTE_MAX_LENGTH) + "…"
                    : letter.contributionBody();
            paragraph(bold, 11, "« " + letter.contributionTitle() + " »");
            paragraph(regular, 11, body);
            y -= 8;
            paragraph(bold, 12, text("project.letter.became"));
            trail(letter.trail());
            y -= 8;
            paragraph(regular, 12, text("project.letter.more", letter.address()));
            y -= 10;
            paragraph(regular, 12, text("project.letter.signature", letter.sender()));
        }

        private void trail(Trail trail) throws IOException {
            if (trail.isEmpty()) {
                paragraph(regular, 12, text("project.letter.nothingYet"));
                return;
            }
            if (trail.convergence() != null) {
                paragraph(
                        regular,
                        12,
                        "• "
                                + text(
                                        "project.letter.convergence",
                                        trail.convergence().title()));
            }
            for (Trail.MotionStep motion : trail.motions()) {
                paragraph(
                        regular,
                        12,
                        "• "
                                + text(
                                        "project.letter.motion",
                                        motion.motion().title(),
                                        text("motion.status." + motion.status())));
                if (motion.lastReplyOn() != null && motion.lastReplyKind() != null) {
                    paragraph(
                            regular,
                            12,
                            "   "
                                    + text(
                                            "project.letter.ars",
                                            day(motion.lastReplyOn()),
                                            text("motion.followUp.kind." + motion.lastReplyKind())));
                }
            }
            for (Trail.ActionStep action : trail.actions()) {
                paragraph(
                        regular,
                        12,
                        "• "
                                + text(
                                        "project.letter.action",
                                        action.action().title(),
                                        text("project.status." + action.status())));
                for (Trail.Step indicator : action.indicators()) {
                    paragraph(regular, 12, "   " + text("project.letter.indicator", indicator.title()));
                }
            }
        }

        /** A paragraph of the letter, its lines marked as one P. */
        private void paragraph(PDFont font, float size, String text) throws IOException {
            PDStructureElement paragraph = tagged.element(section, "P");
            for (String line : wrap(font, size, printable(font, text), width)) {
                y -= size * 1.35f;
                tagged.line(content, paragraph, font, size, MARGIN, y, line);
            }
            y -= size * 0.4f;
        }
    }
}
