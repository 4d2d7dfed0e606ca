package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.ui.StatusMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The preview of an import: what was recognised, one select per field to change the mapping (the
 * preview is computed again at each change), the first rows with their status, and the confirmation.
 */
class ImportPreviewPanel extends Div {

    ImportPreviewPanel(ImportPreview preview, Consumer<ColumnMapping> onRemap, Consumer<ColumnMapping> onConfirm) {
        setId("import-preview");
        Paragraph summary = new Paragraph(getTranslation("exchange.preview.summary", preview.rowCount(), preview.acceptedCount(),
                preview.rejected().size()));
        summary.setId("import-summary");
        add(new H2(getTranslation("exchange.preview.title")), summary);
        if (preview.problemKey() != null) {
            StatusMessage problem = new StatusMessage();
            problem.setId("import-problem");
            problem.error(getTranslation(preview.problemKey(), preview.problemArguments().toArray()));
            add(problem);
        }
        add(new H3(getTranslation("exchange.mapping.title")), new Paragraph(getTranslation("exchange.mapping.help")), mapping(preview, onRemap));
        if (!preview.firstRows().isEmpty()) {
            add(rows(preview));
        }
        Button confirm = new Button(getTranslation("exchange.confirm", preview.acceptedCount()), event -> onConfirm.accept(preview.mapping()));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setEnabled(preview.canConfirm());
        add(confirm);
    }

    private FormLayout mapping(ImportPreview preview, Consumer<ColumnMapping> onRemap) {
        FormLayout form = new FormLayout();
        form.setId("import-mapping");
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(preview.columns());
        for (ImportField field : ImportField.values()) {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation("exchange.field." + field.name()));
            select.setItems(choices);
            select.setItemLabelGenerator(column -> column.isEmpty() ? getTranslation("exchange.mapping.none") : column);
            select.setValue(preview.mapping().column(field).orElse(""));
            select.setId("mapping-" + field.name().toLowerCase(Locale.ROOT));
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    onRemap.accept(preview.mapping().with(field, change.getValue().isEmpty() ? null : change.getValue()));
                }
            });
            form.add(select);
        }
        return form;
    }

    private NativeTable rows(ImportPreview preview) {
        NativeTable table = new NativeTable();
        table.setId("import-preview-table");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("exchange.preview.caption", preview.firstRows().size()));
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("line", "status", "title", "kind", "theme", "commune", "remark")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("exchange.column." + key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ImportPreview.Row row : preview.firstRows()) {
            // Text cells only: the file's content is never interpreted as HTML.
            body.add(new NativeTableRow(cell(String.valueOf(row.line())),
                    cell(getTranslation(row.accepted() ? "exchange.status.accepted" : "exchange.status.rejected")),
                    cell(row.title()), cell(row.kindKey() == null ? "" : getTranslation(row.kindKey())),
                    cell(row.category()), cell(row.commune()), cell(remark(row))));
        }
        table.add(body);
        return table;
    }

    private String remark(ImportPreview.Row row) {
        if (!row.accepted()) {
            return getTranslation(row.reasonKey(), row.reasonArguments().toArray());
        }
        return row.notes().stream().sorted().map(this::getTranslation).collect(Collectors.joining(" ; "));
    }

    private static Component cell(String text) {
        return new NativeTableCell(text == null ? "" : text);
    }
}
