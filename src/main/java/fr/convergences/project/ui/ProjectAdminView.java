package fr.convergences.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.application.MotionService;
import fr.convergences.project.ActionService;
import fr.convergences.project.HealthProject;
import fr.convergences.project.IndicatorService;
import fr.convergences.project.ProjectDetails;
import fr.convergences.project.ProjectService;
import fr.convergences.project.ProjectVersion;
import io.micronaut.context.annotation.Prototype;

/**
 * The council admin's page for the projet: open it, record its adoption and publish it, add axes, actions and
 * indicators, and record measurements. Each part is its own small form; the services decide who may use them.
 */
@Route("conseils/:slug/projet/administration")
@Prototype
public class ProjectAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final MotionService motions;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private String title = "";

    public ProjectAdminView(
            ProjectService projects,
            ActionService actions,
            IndicatorService indicators,
            MotionService motions,
            ConsultationService consultations,
            CurrentUser currentUser) {
        this.projects = projects;
        this.actions = actions;
        this.indicators = indicators;
        this.motions = motions;
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = currentUser.actor();
        String slug = event.getRouteParameters().get("slug").orElse("");
        ProjectDetails page = projects.page(actor, slug);
        title = getTranslation("project.admin.title", page.councilName());
        StatusMessage status = new StatusMessage();
        status.setId("project-admin-status");
        add(new Anchor("conseils/" + slug + "/projet", getTranslation("project.action.back")), new H1(title), status);
        if (!page.canManage()) {
            status.error(getTranslation("project.admin.denied"));
            return;
        }
        HealthProject project = page.project();
        ProjectVersion version = page.version();
        if (project == null || version == null) { // both null or neither
            add(new OpenProjectForm(projects, actor, page.councilId(), status));
            return;
        }
        long projectId = StoredId.of(project.id());
        add(new VersionForm(projects, motions, actor, page.councilId(), project, version, status));
        add(new AxisForm(projects, actor, projectId, status));
        if (!page.axes().isEmpty()) {
            add(new ActionCreateForm(actions, actor, page, consultations.territoryCommunes(page.councilId()), status));
        }
        add(new IndicatorCreateForm(indicators, actor, page, projectId, status));
        var dashboard = indicators.dashboard(actor, slug);
        if (!dashboard.indicators().isEmpty()) {
            add(new MeasurementEntryForm(indicators, actor, dashboard, status));
            var proposed = dashboard.indicators().stream()
                    .map(entry -> entry.indicator())
                    .filter(indicator -> !indicator.coAdopted())
                    .toList();
            if (!proposed.isEmpty()) {
                add(new IndicatorAgreementForm(indicators, actor, page.councilId(), proposed, status));
            }
            Anchor importMeasurements = new Anchor(
                    "conseils/" + slug + "/projet/mesures/import", getTranslation("project.admin.importMeasurements"));
            importMeasurements.setId("measurement-import-link");
            add(new Paragraph(importMeasurements));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
