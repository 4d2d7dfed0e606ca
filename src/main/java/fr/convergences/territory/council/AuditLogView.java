package fr.convergences.territory.council;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.audit.AuditEntry;
import fr.convergences.identity.audit.AuditLogService;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;

/** The council's audit log for its admins: every change to roles, mandates and (later) votes and moderation. */
@Route("conseils/:slug/journal")
@Prototype
public class AuditLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final AuditLogService auditLog;
    private final CurrentUser currentUser;
    private String title = "";

    public AuditLogView(CouncilDirectory directory, AuditLogService auditLog, CurrentUser currentUser) {
        this.directory = directory;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council = directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        var entries = auditLog.entries(currentUser.actor(), council.id(), 0, AuditLogService.MAX_PAGE_SIZE);
        title = getTranslation("territory.journal.title", council.name());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("journal");
        grid.addColumn(AuditEntry::seq).setHeader(getTranslation("territory.journal.seq")).setAutoWidth(true);
        grid.addColumn(entry -> entry.occurredAt().toString()).setHeader(getTranslation("territory.journal.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("territory.journal.action")).setAutoWidth(true);
        grid.addColumn(entry -> String.valueOf(entry.actorAccountId())).setHeader(getTranslation("territory.journal.actor"));
        grid.addColumn(entry -> entry.beforeJson() + " → " + entry.afterJson()).setHeader(getTranslation("territory.journal.change"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        add(new H1(title), new Paragraph(getTranslation("territory.journal.head", auditLog.head(council.id()).toString())), grid);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
