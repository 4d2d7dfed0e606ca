package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.function.BiConsumer;

/**
 * The file picker of the import page. The browser refuses a file over the limit before sending it;
 * the service checks again the size announced, before reading, then previews the file, all on the
 * upload's own request, so that the page only shows the outcome.
 */
class ImportUpload extends Div {

    static final String[] ACCEPTED = {
        ".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json", "text/csv", "text/plain", "application/json"
    };

    ImportUpload(
            ContributionImportService imports,
            Actor actor,
            long consultationId,
            StatusMessage status,
            BiConsumer<ImportFile, ImportPreview> onPreview) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(event -> {
            ImportFile file = null;
            try {
                file = imports.receive(
                        actor, consultationId, event.getFileName(), event.getFileSize(), event.getInputStream());
                ImportPreview preview = imports.preview(actor, consultationId, file, null);
                ImportFile received = file;
                try {
                    ui.access(() -> {
                        status.clear();
                        onPreview.accept(received, preview);
                        upload.clearFileList();
                    });
                } catch (UIDetachedException closed) {
                    received.close();
                }
            } catch (UserFacingException refusal) {
                if (file != null) {
                    file.close();
                }
                ui.access(() -> {
                    status.error(refusal);
                    upload.clearFileList();
                });
            } catch (RuntimeException failure) {
                if (file != null) {
                    file.close();
                }
                throw failure;
            }
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileSize()));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(i18n(imports.maxFileSize()));
        upload.addFileRejectedListener(rejected -> status.error(rejected.getErrorMessage()));
        add(upload);
    }

    private UploadI18N i18n(long maxFileSize) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("exchange.upload.add"))
                .setMany(getTranslation("exchange.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("exchange.upload.drop"))
                .setMany(getTranslation("exchange.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("exchange.file.tooLarge", maxFileSize / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("exchange.upload.type"))
                .setTooManyFiles(getTranslation("exchange.upload.one")));
        return i18n;
    }
}
