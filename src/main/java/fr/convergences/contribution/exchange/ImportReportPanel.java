package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report of a committed import: how many were saved, each rejected row with its reason, and the report as CSV. */
class ImportReportPanel extends Div {

    ImportReportPanel(ImportReport report, long consultationId) {
        setId("import-report");
        Paragraph summary = new Paragraph(getTranslation("exchange.report.summary", report.acceptedCount(), report.rejected().size(),
                report.fileName()));
        summary.setId("import-report-summary");
        summary.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("exchange.report.title")), summary);
        if (!report.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("import-report-notes");
            report.notes().forEach((key, count) -> notes.add(new ListItem(getTranslation("exchange.report.note", count, getTranslation(key)))));
            add(notes);
        }
        if (!report.rejected().isEmpty()) {
            add(rejected(report.rejected()));
            byte[] csv = ImportReportCsv.write(report.rejected(), row -> getTranslation(row.reasonKey(), row.arguments().toArray()),
                    List.of(getTranslation("exchange.column.line"), getTranslation("exchange.column.reason"), getTranslation("exchange.column.excerpt")));
            String name = "rapport-import-" + report.importId() + ".csv";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv; charset=utf-8", csv.length)),
                    getTranslation("exchange.report.download"));
            download.setId("import-report-csv");
            add(new Paragraph(download));
        }
        Anchor back = new Anchor("consultations/" + consultationId, getTranslation("exchange.report.back"));
        back.setId("import-back");
        add(new Paragraph(back));
    }

    private NativeTable rejected(List<RejectedRow> rows) {
        NativeTable table = new NativeTable();
        table.setId("import-rejected");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("exchange.report.rejected", rows.size()));
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("line", "reason", "excerpt")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("exchange.column." + key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        rows.forEach(row -> body.add(new NativeTableRow(new NativeTableCell(String.valueOf(row.line())),
                new NativeTableCell(getTranslation(row.reasonKey(), row.arguments().toArray())), new NativeTableCell(row.excerpt()))));
        table.add(body);
        return table;
    }
}
