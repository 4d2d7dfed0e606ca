package fr.convergences.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresPlatformAdmin;
import io.micronaut.context.annotation.Prototype;
import org.jspecify.annotations.Nullable;

/** The platform admin's page of the search index: its size, and a rebuild from PostgreSQL with its progress. */
@Route("administration/recherche")
@Menu(order = 91, title = "search.admin.nav")
@RequiresPlatformAdmin
@Prototype
public class SearchAdminView extends Div implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final SearchAdministration administration;
    private final CurrentUser currentUser;
    private final Paragraph figures = new Paragraph();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph progress = new Paragraph();
    private final StatusMessage status = new StatusMessage();
    private final Button rebuild = new Button();
    private @Nullable Registration polling;

    public SearchAdminView(SearchAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
        addClassName("prose");
        figures.setId("search-index-figures");
        progress.setId("search-rebuild-status");
        bar.setId("search-rebuild-progress");
        bar.getElement().setAttribute("aria-labelledby", "search-rebuild-status");
        status.setId("search-admin-message");
        rebuild.setText(getTranslation("search.admin.rebuild"));
        rebuild.setId("search-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> start());
        add(
                new H1(getTranslation("search.admin.title")),
                figures,
                new Paragraph(getTranslation("search.admin.explain")),
                rebuild,
                progress,
                bar,
                status);
        refresh();
    }

    private void start() {
        try {
            administration.rebuild(currentUser.actor());
            status.clear();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        Registration attached = polling;
        if (attached != null) {
            attached.remove();
            polling = null;
        }
    }

    private void refresh() {
        SearchAdministration.Status now = administration.status(currentUser.actor());
        figures.setText(getTranslation("search.admin.figures", now.documents(), now.pendingChanges()));
        IndexRebuilder.Progress rebuilding = now.rebuild();
        bar.setValue(rebuilding.fraction());
        bar.setVisible(rebuilding.state() != IndexRebuilder.State.IDLE);
        rebuild.setEnabled(rebuilding.state() != IndexRebuilder.State.RUNNING);
        progress.setText(getTranslation(
                "search.admin.state." + rebuilding.state().name(), rebuilding.done(), rebuilding.total()));
        if (rebuilding.state() == IndexRebuilder.State.DONE) {
            status.success(getTranslation("search.admin.done", rebuilding.done()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title") + " · " + getTranslation("app.name");
    }
}
