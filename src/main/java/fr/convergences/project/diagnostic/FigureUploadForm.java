package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports figures per commune from an open-data CSV file (one row per commune, its INSEE code, one column per figure)
 * with the source to quote. A file with a refused line changes nothing, and every refused line is listed.
 */
class FigureUploadForm extends Div {

    /** Open-data files of a département's communes are small: this keeps a mistaken upload from filling the disk. */
    private static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

    private final Div result = new Div();

    FigureUploadForm(DiagnosticService diagnostics, Actor actor, long diagnosticId, StatusMessage status) {
        addClassName("narrow-form");
        result.setId("diagnostic-figures-result");
        TextField source = new TextField(getTranslation("diagnostic.admin.source"));
        source.setMaxLength(DiagnosticService.SOURCE_MAX_LENGTH);
        source.setRequiredIndicatorVisible(true);
        source.setId("diagnostic-figures-source");
        // The upload is received outside the page's lock: it reads the source as last typed, kept here by the page.
        source.setValueChangeMode(ValueChangeMode.EAGER);
        AtomicReference<String> typedSource = new AtomicReference<>("");
        source.addValueChangeListener(change -> typedSource.set(change.getValue()));
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("diagnostic-figures-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/plain");
        upload.setUploadHandler(event -> {
            String sourceText = typedSource.get();
            Path file = null;
            try (InputStream in = event.getInputStream()) {
                file = Files.createTempFile("convergences-figures-", ".csv");
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                FigureImport outcome =
                        diagnostics.importFigures(actor, diagnosticId, file, event.getFileName(), sourceText);
                ui.access(() -> show(outcome, status, upload));
            } catch (UserFacingException refusal) {
                ui.access(() -> {
                    status.error(refusal);
                    upload.clearFileList();
                });
            } catch (IOException unreadable) {
                ui.access(() -> {
                    status.error(getTranslation("exchange.file.unreadable"));
                    upload.clearFileList();
                });
            } finally {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temporary file: the system's cleaning will take it
                    }
                }
            }
        });
        add(
                new H2(getTranslation("diagnostic.figures.heading")),
                new Paragraph(getTranslation("diagnostic.admin.figuresIntro")),
                source,
                upload,
                result);
    }

    private void show(FigureImport outcome, StatusMessage status, Upload upload) {
        result.removeAll();
        upload.clearFileList();
        switch (outcome) {
            case FigureImport.Imported imported -> {
                status.clear();
                Confirmation.show(getTranslation(
                        "diagnostic.admin.imported",
                        imported.values(),
                        imported.communes(),
                        String.join(", ", imported.figures())));
                UI.getCurrent().getPage().reload();
            }
            case FigureImport.Rejected rejected -> {
                status.error(getTranslation(
                        "diagnostic.admin.rejected", rejected.lines().size()));
                UnorderedList lines = new UnorderedList();
                lines.setId("diagnostic-figures-errors");
                rejected.lines()
                        .forEach(line -> lines.add(new ListItem(getTranslation(
                                "diagnostic.admin.line",
                                line.line(),
                                getTranslation(
                                        line.messageKey(), line.arguments().toArray())))));
                result.add(lines);
            }
        }
    }
}
