package fr.convergences.project.letter;

import static fr.convergences.base.pdf.StandardFontText.printable;
import static fr.convergences.base.pdf.StandardFontText.wrap;

import fr.convergences.base.i18n.Messages;
import fr.convergences.project.notification.Trail;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the letters with Apache PDFBox, one A4 page each, in French: the people they go to live in France and were
 * met offline; the words are plain and the type is large. Helvetica (WinAnsi) shows French; a character it cannot
 * show becomes "?". A contribution's text is cut to what a page holds: the letter gives the address of the whole.
 */
public final class LettersPdf {

    private static final Locale FRENCH = Messages.FRENCH;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final int QUOTE_MAX_LENGTH = 700;

    private LettersPdf() {
    }

    public static byte[] render(String sender, List<Letter> letters) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(printable(text("project.letter.pdf.title", sender)));
            document.getDocumentInformation().setCreator("Convergences");
            document.getDocumentCatalog().setLanguage("fr-FR");
            for (Letter letter : letters) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new Page(content, page.getMediaBox()).letter(letter);
                }
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

    private static String day(LocalDate date) {
        return Messages.day(date, FRENCH);
    }

    /** One letter being written, from the top down. */
    private static final class Page {

        private final PDPageContentStream content;
        private final float width;
        private float y;

        Page(PDPageContentStream content, PDRectangle box) {
            this.content = content;
            this.width = box.getWidth() - 2 * MARGIN;
            this.y = box.getHeight() - MARGIN;
        }

        void letter(Letter letter) throws IOException {
            paragraph(BOLD, 12, letter.sender());
            paragraph(REGULAR, 10, text("project.letter.council", letter.councilName()));
            y -= 14;
            paragraph(BOLD, 12, letter.participantName() == null ? text("project.letter.to.anonymous", letter.place(), day(letter.collectedOn()))
                    : text("project.letter.to.named", letter.participantName(), letter.place(), day(letter.collectedOn())));
            y -= 10;
            paragraph(REGULAR, 12, text("project.letter.hello"));
            paragraph(REGULAR, 12, text("project.letter.intro", day(letter.collectedOn()), letter.place(), letter.consultationTitle(),
                    letter.councilName()));
            y -= 8;
            paragraph(BOLD, 12, text("project.letter.said"));
            String body = letter.contributionBody().length() > QUOTE_MAX_LENGTH
                    ? letter.contributionBody().substring(0, QUOTE_MAX_LENGTH) + "…" : letter.contributionBody();
            paragraph(BOLD, 11, "« " + letter.contributionTitle() + " »");
            paragraph(REGULAR, 11, body);
            y -= 8;
            paragraph(BOLD, 12, text("project.letter.became"));
            trail(letter.trail());
            y -= 8;
            paragraph(REGULAR, 12, text("project.letter.more", letter.address()));
            y -= 10;
            paragraph(REGULAR, 12, text("project.letter.signature", letter.sender()));
        }

        private void trail(Trail trail) throws IOException {
            if (trail.isEmpty()) {
                paragraph(REGULAR, 12, text("project.letter.nothingYet"));
                return;
            }
            if (trail.convergence() != null) {
                paragraph(REGULAR, 12, "• " + text("project.letter.convergence", trail.convergence().title()));
            }
            for (Trail.MotionStep motion : trail.motions()) {
                paragraph(REGULAR, 12, "• " + text("project.letter.motion", motion.motion().title(), text("motion.status." + motion.status())));
                if (motion.lastReplyOn() != null && motion.lastReplyKind() != null) {
                    paragraph(REGULAR, 12, "   " + text("project.letter.ars", day(motion.lastReplyOn()),
                            text("motion.followUp.kind." + motion.lastReplyKind())));
                }
            }
            for (Trail.ActionStep action : trail.actions()) {
                paragraph(REGULAR, 12, "• " + text("project.letter.action", action.action().title(), text("project.status." + action.status())));
                for (Trail.Step indicator : action.indicators()) {
                    paragraph(REGULAR, 12, "   " + text("project.letter.indicator", indicator.title()));
                }
            }
        }

        private void paragraph(PDType1Font font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(text), width)) {
                y -= size * 1.35f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= size * 0.4f;
        }
    }
}
