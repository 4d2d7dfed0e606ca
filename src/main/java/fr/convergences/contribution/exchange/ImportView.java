package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * A council admin imports contributions into a consultation: upload, preview with the mapping of the
 * columns, confirm, then the report. Nothing is saved before the confirmation; the uploaded file
 * waits in a temporary file, deleted once committed or when the page is left.
 */
@Route("consultations/:id/import")
@StyleSheet("styles/exchange.css")
@RequiresSignIn
@Prototype
public class ImportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContributionImportService imports;
    private final CurrentUser currentUser;
    private final ExecutorService executor;
    private final StatusMessage status = new StatusMessage();
    private final ImportProgressPanel progress = new ImportProgressPanel();
    private final Div stage = new Div();
    private long consultationId;
    /** The file being previewed; none before an upload and once the import is confirmed. */
    private @Nullable ImportFile file;

    private @Nullable ColumnMapping mapping;

    public ImportView(
            ContributionImportService imports,
            CurrentUser currentUser,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.imports = imports;
        this.currentUser = currentUser;
        this.executor = executor;
        addClassName("prose");
        status.setId("import-status");
        stage.setId("import-stage");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().getLong("id").orElse(-1L);
        add(new H1(getTranslation("exchange.title")));
        ConsultationDetails details;
        try {
            details = imports.target(currentUser.actor(), consultationId);
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (UserFacingException refusal) {
            // The window is closed (or the consultation unknown): say so instead of an error page.
            status.error(refusal);
            add(status);
            return;
        }
        add(
                new Paragraph(new Anchor(
                        "consultations/" + consultationId,
                        details.consultation().title())),
                new Paragraph(getTranslation("exchange.help")),
                new ImportUpload(imports, currentUser.actor(), consultationId, status, this::showPreview),
                status,
                progress,
                stage);
    }

    private void showPreview(ImportFile received, ImportPreview preview) {
        if (received != file) {
            discardFile();
            file = received;
        }
        stage.removeAll();
        mapping = preview.mapping();
        stage.add(new ImportPreviewPanel(preview, this::remap, this::page, this::confirm));
    }

    private void remap(ColumnMapping changed) {
        ImportFile previewed = file;
        if (previewed == null) {
            return; // the import was confirmed meanwhile: its panel is gone
        }
        try {
            status.clear();
            showPreview(previewed, imports.preview(currentUser.actor(), consultationId, previewed, changed));
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    /** Another page of the same preview: the file is read again, nothing more is held. */
    private void page(int page) {
        ImportFile previewed = file;
        if (previewed == null) {
            return; // the import was confirmed meanwhile: its panel is gone
        }
        try {
            status.clear();
            showPreview(previewed, imports.preview(currentUser.actor(), consultationId, previewed, mapping, page));
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    private void confirm(ColumnMapping mapping) {
        Actor actor = currentUser.actor();
        ImportFile committed = file;
        if (committed == null) {
            return; // confirmed already (a second click): the first import runs
        }
        file = null;
        stage.removeAll();
        status.clear();
        progress.run(
                executor,
                listener -> {
                    try (committed) {
                        return imports.commit(actor, consultationId, committed, mapping, listener);
                    }
                },
                report -> stage.add(new ImportReportPanel(report, consultationId, imports, actor)),
                status::error);
    }

    private void discardFile() {
        if (file != null) {
            file.close();
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardFile();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title") + " · " + getTranslation("app.name");
    }
}
