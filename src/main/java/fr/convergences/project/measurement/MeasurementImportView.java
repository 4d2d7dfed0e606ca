package fr.convergences.project.measurement;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The council admin's page to import indicator measurements from a CSV file: the expected layout, the source to record,
 * the file; then the preview (every row in error with its line, the first valid rows) and the import, offered only when
 * the whole file is valid; and the past imports with their provenance.
 */
@Route("conseils/:slug/projet/mesures/import")
@Prototype
public class MeasurementImportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasurementImportService imports;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Div preview = new Div();
    private String title = "";
    // The upload waiting for the admin's confirmation, null when there is none
    private @Nullable Path received;
    private @Nullable String receivedName;

    public MeasurementImportView(MeasurementImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
        addClassName("prose");
        preview.setId("measurement-preview");
        addDetachListener(event -> forget());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Actor actor = currentUser.actor();
        title = getTranslation("project.import.title");
        add(
                new Anchor("conseils/" + slug + "/projet/administration", getTranslation("project.page.admin")),
                new H1(title),
                new Paragraph(getTranslation("project.import.intro")),
                status);
        // Refused (and said so) for anyone who may not record measurements, before any form is shown.
        imports.history(actor, slug);
        TextField source = new TextField(getTranslation("project.import.source"));
        source.setId("measurement-source");
        source.setMaxLength(MeasurementImportService.SOURCE_MAX_LENGTH);
        source.setRequiredIndicatorVisible(true);
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("measurement-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileSize()));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/plain");
        upload.setUploadHandler(upload_ -> {
            try {
                Path file = imports.receive(actor, slug, upload_.getInputStream());
                MeasurementImportService.Preview result = imports.preview(actor, slug, file);
                String name = upload_.getFileName();
                try {
                    ui.access(() -> {
                        forget();
                        received = file;
                        receivedName = name;
                        status.clear();
                        showPreview(result, actor, slug, source);
                        upload.clearFileList();
                    });
                } catch (UIDetachedException closed) {
                    delete(file);
                }
            } catch (UserFacingException refusal) {
                ui.access(() -> {
                    status.error(refusal);
                    upload.clearFileList();
                });
            }
        });
        add(source, upload, preview, new H2(getTranslation("project.import.history")), history(actor, slug));
    }

    private void showPreview(MeasurementImportService.Preview result, Actor actor, String slug, TextField source) {
        preview.removeAll();
        Paragraph summary = new Paragraph(getTranslation(
                "project.import.summary",
                result.rows(),
                result.accepted(),
                result.rejected().size()));
        summary.setId("measurement-summary");
        preview.add(summary);
        if (!result.columnsComplete()) {
            preview.add(new Paragraph(getTranslation("project.import.columns")));
            return;
        }
        if (!result.rejected().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.setId("measurement-errors");
            result.rejected()
                    .forEach(rejected -> errors.add(new ListItem(getTranslation(
                            rejected.reasonKey(), rejected.arguments().toArray()))));
            preview.add(new Paragraph(getTranslation("project.import.fix")), errors);
            return;
        }
        UnorderedList rows = new UnorderedList();
        rows.setId("measurement-rows");
        result.first()
                .forEach(row -> rows.add(new ListItem(getTranslation(
                        "project.import.row",
                        row.line(),
                        row.indicatorName(),
                        row.measuredOn().toString(),
                        row.inseeCode() == null ? getTranslation("project.import.territory") : row.inseeCode(),
                        row.value().toPlainString()))));
        Button confirm = new Button(getTranslation("project.import.confirm", result.accepted()), click -> {
            Path file = received;
            String name = receivedName;
            if (file == null || name == null) {
                return; // imported by an earlier click (a double click) or forgotten: nothing is left to import
            }
            try {
                MeasurementImportService.Report report = imports.commit(actor, slug, file, name, source.getValue());
                forget();
                preview.removeAll();
                Confirmation.show(getTranslation(
                        "project.import.done",
                        report.counts().created(),
                        report.counts().updated(),
                        report.counts().unchanged()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        confirm.setId("measurement-confirm");
        preview.add(rows, confirm);
    }

    private UnorderedList history(Actor actor, String slug) {
        UnorderedList list = new UnorderedList();
        list.setId("measurement-imports");
        imports.history(actor, slug)
                .forEach(past -> list.add(new ListItem(getTranslation(
                        "project.import.past",
                        past.past().fileName(),
                        past.past().source(),
                        past.importerName(),
                        fr.convergences.base.i18n.Messages.moment(past.importedAt(), getLocale()),
                        past.past().created(),
                        past.past().updated(),
                        past.past().unchanged()))));
        return list;
    }

    private void forget() {
        delete(received);
        received = null;
        receivedName = null;
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the system's cleaning will take it
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
