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
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Locale;

/**
 * The report of a committed import: how many were saved, the first rejected rows with their reason, and the whole
 * report as CSV, streamed from the database when asked for.
 */
class ImportReportPanel extends Div {

    /** Rejected rows shown on the page; the downloadable report lists every one. */
    static final int SHOWN = ImportReport.KEPT;

    ImportReportPanel(ImportReport report, long consultationId, ContributionImportService imports, Actor actor) {
        setId("import-report");
        Paragraph summary = new Paragraph(getTranslation(
                "exchange.report.summary", report.acceptedCount(), report.rejectedCount(), report.fileName()));
        summary.setId("import-report-summary");
        summary.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("exchange.report.title")), summary);
        if (report.alreadyImportedCount() > 0) {
            Paragraph already =
                    new Paragraph(getTranslation("exchange.report.alreadyImported", report.alreadyImportedCount()));
            already.setId("import-report-already");
            add(already);
        }
        if (!report.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("import-report-notes");
            report.notes()
                    .forEach((key, count) -> notes.add(
                            new ListItem(getTranslation("exchange.report.note", count, getTranslation(key)))));
            add(notes);
        }
        if (report.rejectedCount() > 0) {
            add(rejected(report.rejected(), report.rejectedCount()));
            List<String> header = List.of(
                    getTranslation("exchange.column.line"),
                    getTranslation("exchange.column.reason"),
                    getTranslation("exchange.column.excerpt"));
            Locale locale = getLocale();
            String name = "rapport-import-" + report.importId() + ".csv";
            // Read from the database and written as it is read, straight to the response: neither the page nor the
            // request ever holds the whole report.
            Anchor download = new Anchor(
                    (DownloadHandler) event -> {
                        event.setFileName(name);
                        event.setContentType("text/csv; charset=utf-8");
                        ImportReportCsv.write(
                                sink -> imports.eachRejectedRow(actor, report.importId(), sink),
                                row -> getTranslation(
                                        locale, row.reasonKey(), row.arguments().toArray()),
                                header,
                                event.getOutputStream());
                    },
                    getTranslation("exchange.report.download"));
            download.setId("import-report-csv");
            add(new Paragraph(download));
        }
        Anchor back = new Anchor("consultations/" + consultationId, getTranslation("exchange.report.back"));
        back.setId("import-back");
        add(new Paragraph(back));
    }

    /**
     * The first {@link #SHOWN} rejected rows: a table of a hundred thousand rows would hold hundreds of megabytes of
     * page state on the server; the CSV report has them all.
     */
    private NativeTable rejected(List<RejectedRow> rows, long total) {
        NativeTable table = new NativeTable();
        table.setId("import-rejected");
        table.addClassName("data-table");
        table.setCaptionText(
                total > SHOWN
                        ? getTranslation("exchange.report.rejected.first", SHOWN, total)
                        : getTranslation("exchange.report.rejected", total));
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("line", "reason", "excerpt")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("exchange.column." + key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        rows.stream()
                .limit(SHOWN)
                .forEach(row -> body.add(new NativeTableRow(
                        new NativeTableCell(String.valueOf(row.line())),
                        new NativeTableCell(
                                getTranslation(row.reasonKey(), row.arguments().toArray())),
                        new NativeTableCell(row.excerpt()))));
        table.add(body);
        return table;
    }
}
