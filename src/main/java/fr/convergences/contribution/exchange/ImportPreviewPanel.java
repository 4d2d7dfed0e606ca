package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.ui.StatusMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The preview of an import: what was recognised, one select per field to change the mapping (the
 * preview is computed again at each change), a theme for each category the consultation does not
 * know, the rows already imported, one page of rows with their status, and the confirmation.
 */
class ImportPreviewPanel extends Div {

    /** The select's value for "no theme" (a Select cannot offer null among its items). */
    private static final Long NO_THEME = -1L;

    private static final Map<ImportPreview.Status, String> STATUS = Map.of(
            ImportPreview.Status.NEW,
            "exchange.status.accepted",
            ImportPreview.Status.ALREADY_IMPORTED,
            "exchange.status.alreadyImported",
            ImportPreview.Status.REJECTED,
            "exchange.status.rejected");

    ImportPreviewPanel(
            ImportPreview preview,
            Consumer<ColumnMapping> onRemap,
            IntConsumer onPage,
            Consumer<ColumnMapping> onConfirm) {
        setId("import-preview");
        Paragraph summary = new Paragraph(getTranslation(
                "exchange.preview.summary", preview.rowCount(), preview.acceptedCount(), preview.rejectedCount()));
        summary.setId("import-summary");
        add(new H2(getTranslation("exchange.preview.title")), summary);
        if (preview.alreadyImportedCount() > 0) {
            add(alreadyImported(preview));
        }
        if (preview.problemKey() != null) {
            StatusMessage problem = new StatusMessage();
            problem.setId("import-problem");
            problem.error(getTranslation(
                    preview.problemKey(), preview.problemArguments().toArray()));
            add(problem);
        }
        add(
                new H3(getTranslation("exchange.mapping.title")),
                new Paragraph(getTranslation("exchange.mapping.help")),
                mapping(preview, onRemap));
        if (!preview.unknownCategories().isEmpty()) {
            add(categories(preview, onRemap));
        }
        if (!preview.pageRows().isEmpty()) {
            add(rows(preview), pager(preview, onPage));
        }
        Button confirm = new Button(
                getTranslation("exchange.confirm", preview.acceptedCount()),
                event -> onConfirm.accept(preview.mapping()));
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
                    onRemap.accept(
                            preview.mapping().with(field, change.getValue().isEmpty() ? null : change.getValue()));
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
        table.setCaptionText(getTranslation(
                "exchange.preview.page",
                preview.pageRows().getFirst().line(),
                preview.pageRows().getLast().line(),
                preview.rowCount()));
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("line", "status", "title", "kind", "theme", "commune", "remark")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("exchange.column." + key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ImportPreview.Row row : preview.pageRows()) {
            // Text cells only: the file's content is never interpreted as HTML.
            body.add(new NativeTableRow(
                    cell(String.valueOf(row.line())),
                    cell(getTranslation(STATUS.get(row.status()))),
                    cell(row.title()),
                    cell(row.kindKey() == null ? "" : getTranslation(row.kindKey())),
                    cell(row.category()),
                    cell(row.commune()),
                    cell(remark(row))));
        }
        table.add(body);
        return table;
    }

    private String remark(ImportPreview.Row row) {
        if (row.status() == ImportPreview.Status.REJECTED) {
            return getTranslation(row.reasonKey(), row.reasonArguments().toArray());
        }
        if (row.status() == ImportPreview.Status.ALREADY_IMPORTED) {
            return getTranslation("exchange.already.remark", row.contributionId());
        }
        return row.notes().stream().sorted().map(this::getTranslation).collect(Collectors.joining(" ; "));
    }

    /** "N déjà importées", and which: each line with a link to the contribution it became. */
    private Div alreadyImported(ImportPreview preview) {
        Div section = new Div();
        section.setId("import-already");
        Paragraph said = new Paragraph(getTranslation("exchange.already.summary", preview.alreadyImportedCount()));
        said.setId("import-already-summary");
        UnorderedList list = new UnorderedList();
        for (ImportPreview.Row row : preview.alreadyImported()) {
            Anchor link = new Anchor("contributions/" + row.contributionId(), row.title());
            list.add(new ListItem(new Span(getTranslation("exchange.already.line", row.line())), link));
        }
        section.add(new H3(getTranslation("exchange.already.title")), said, list);
        if (preview.alreadyImportedCount() > preview.alreadyImported().size()) {
            section.add(new Paragraph(getTranslation(
                    "exchange.already.more", preview.alreadyImported().size(), preview.alreadyImportedCount())));
        }
        return section;
    }

    /** One select per unknown category: a theme of the consultation, or none (its rows are imported without a theme). */
    private Div categories(ImportPreview preview, Consumer<ColumnMapping> onRemap) {
        Div section = new Div();
        section.setId("import-categories");
        section.add(
                new H3(getTranslation("exchange.categories.title")),
                new Paragraph(getTranslation("exchange.categories.help")));
        FormLayout form = new FormLayout();
        Map<Long, String> names = new LinkedHashMap<>();
        preview.themes().forEach(theme -> names.put(theme.id(), theme.name()));
        List<Long> choices = new ArrayList<>();
        choices.add(NO_THEME);
        choices.addAll(names.keySet());
        int index = 0;
        for (Map.Entry<String, Long> category : preview.unknownCategories().entrySet()) {
            Select<Long> select = new Select<>();
            select.setLabel(getTranslation("exchange.categories.label", category.getKey(), category.getValue()));
            select.setItems(choices);
            select.setItemLabelGenerator(
                    id -> id.equals(NO_THEME) ? getTranslation("exchange.categories.none") : names.get(id));
            select.setValue(preview.mapping().themeOfCategory(category.getKey()).orElse(NO_THEME));
            select.setId("category-" + index++);
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    Long theme =
                            change.getValue() == null || change.getValue().equals(NO_THEME) ? null : change.getValue();
                    onRemap.accept(preview.mapping().withCategory(category.getKey(), theme));
                }
            });
            form.add(select);
        }
        section.add(form);
        return section;
    }

    private Div pager(ImportPreview preview, IntConsumer onPage) {
        Div pager = new Div();
        pager.setId("import-pager");
        Button previous =
                new Button(getTranslation("exchange.preview.previous"), event -> onPage.accept(preview.page() - 1));
        previous.setId("import-page-previous");
        previous.setEnabled(preview.page() > 0);
        Button next = new Button(getTranslation("exchange.preview.next"), event -> onPage.accept(preview.page() + 1));
        next.setId("import-page-next");
        next.setEnabled(preview.page() + 1 < preview.pageCount());
        Span where = new Span(getTranslation("exchange.preview.pageOf", preview.page() + 1, preview.pageCount()));
        where.setId("import-page-number");
        pager.add(previous, where, next);
        return pager;
    }

    private static Component cell(@Nullable String text) {
        return new NativeTableCell(text == null ? "" : text);
    }
}
