package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.Minutes;
import jakarta.inject.Singleton;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/** Lays the minutes out as an A4 PDF with OpenPDF: headings, paragraphs, and tables for the counts. */
@Singleton
public class MinutesPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font MONO = new Font(Font.COURIER, 8);

    public byte[] render(Minutes minutes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(minutes.title());
        document.open();
        document.add(new Paragraph(minutes.title(), TITLE));
        minutes.heading().forEach(line -> document.add(new Paragraph(line, TEXT)));
        for (Minutes.Section section : minutes.sections()) {
            Paragraph heading = new Paragraph(section.title(), SECTION);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            document.add(heading);
            section.lines().forEach(line -> document.add(new Paragraph(line, TEXT)));
            if (!section.tableHeader().isEmpty()) {
                PdfPTable table = new PdfPTable(section.tableHeader().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                section.tableHeader().forEach(label -> table.addCell(cell(label, HEADER)));
                section.tableRows().forEach(row -> row.forEach(value -> table.addCell(cell(value, CELL))));
                document.add(table);
            }
        }
        Paragraph head = new Paragraph(minutes.head(), MONO);
        head.setSpacingBefore(14);
        document.add(head);
        document.add(new Paragraph(minutes.verification(), MONO));
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }
}
