package fr.convergences.motion.infrastructure;

import fr.convergences.base.i18n.Messages;
import fr.convergences.base.pdf.AccessiblePdf;
import fr.convergences.base.pdf.EmbeddedFonts;
import fr.convergences.base.pdf.TaggedPdfText;
import fr.convergences.motion.model.Minutes;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/**
 * Lays the minutes out as an A4 PDF/UA-1 document with OpenPDF ({@link AccessiblePdf}): headings, paragraphs, and
 * tagged tables for the counts, in embedded fonts. The minutes are written in French (the council's language, see
 * {@link Minutes}), which the document declares.
 */
@Singleton
public class MinutesPdf {

    private static final Font TITLE = new Font(EmbeddedFonts.BOLD, 16);
    private static final Font SECTION = new Font(EmbeddedFonts.BOLD, 12);
    private static final Font TEXT = new Font(EmbeddedFonts.REGULAR, 10);
    private static final Font HEADER = new Font(EmbeddedFonts.BOLD, 9);
    private static final Font CELL = new Font(EmbeddedFonts.REGULAR, 9);
    private static final Font MONO = new Font(EmbeddedFonts.MONO, 8);

    public byte[] render(Minutes minutes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            TaggedPdfText document = AccessiblePdf.open(
                    pdf,
                    out,
                    minutes.title(),
                    Messages.FRENCH,
                    Map.of(TITLE, TaggedPdfText.H1, SECTION, TaggedPdfText.H2));
            document.add(new Paragraph(minutes.title(), TITLE));
            minutes.heading().forEach(line -> document.add(new Paragraph(line, TEXT)));
            for (Minutes.Section section : minutes.sections()) {
                Paragraph heading = new Paragraph(section.title(), SECTION);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                section.lines().forEach(line -> document.add(new Paragraph(line, TEXT)));
                if (!section.tableHeader().isEmpty()) {
                    document.addTable(section.tableHeader(), section.tableRows(), HEADER, CELL);
                }
            }
            Paragraph head = new Paragraph(minutes.head(), MONO);
            head.setSpacingBefore(14);
            document.add(head);
            document.add(new Paragraph(minutes.verification(), MONO));
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }
}
