package fr.convergences.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.identity.CurrentUser;
import fr.convergences.project.HealthProject;
import fr.convergences.project.ProjectAction;
import fr.convergences.project.ProjectDetails;
import fr.convergences.project.ProjectService;
import fr.convergences.project.ProjectVersion;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;

/** A council's published projet territorial de santé: its version, its axes and their actions with where each stands. */
@Route("conseils/:slug/projet")
@Prototype
public class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final CurrentUser currentUser;
    private String title = "";

    public ProjectView(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProjectDetails page = projects.page(
                currentUser.actor(), event.getRouteParameters().get("slug").orElse(""));
        title = getTranslation("project.page.title", page.councilName());
        add(new H1(title));
        Anchor diagnostic =
                new Anchor("conseils/" + page.councilSlug() + "/diagnostic", getTranslation("project.page.diagnostic"));
        diagnostic.setId("project-diagnostic-link");
        Div links = new Div(
                new Anchor(
                        "conseils/" + page.councilSlug() + "/indicateurs", getTranslation("project.page.indicators")),
                new Paragraph(diagnostic),
                new Paragraph(new Anchor(
                        "conseils/" + page.councilSlug() + "/donnees-ouvertes",
                        getTranslation("project.page.opendata"))));
        links.addClassName("page-links");
        if (page.canManage()) {
            Anchor admin = new Anchor(
                    "conseils/" + page.councilSlug() + "/projet/administration", getTranslation("project.page.admin"));
            admin.setId("project-admin-link");
            links.add(new Paragraph(admin));
        }
        add(links);
        HealthProject project = page.project();
        ProjectVersion shown = page.version();
        if (project == null || shown == null) { // both null or neither: no projet, or none visible yet
            Paragraph none = new Paragraph(getTranslation("project.page.none"));
            none.setId("project-none");
            add(none);
            return;
        }
        add(new H2(project.title()), version(shown));
        if (shown.adoptedByMotionId() != null) {
            add(new Paragraph(
                    new Span(getTranslation("project.page.adoptedBy") + " "),
                    new Anchor("motions/" + shown.adoptedByMotionId(), "#" + shown.adoptedByMotionId())));
        }
        add(SafeMarkdown.component(shown.summary()));
        for (ProjectDetails.AxisWithActions entry : page.axes()) {
            Div axis = new Div();
            axis.setId("axis-" + entry.axis().id());
            axis.add(new H2(getTranslation(
                    "project.axis.heading",
                    entry.axis().position(),
                    entry.axis().title())));
            if (!entry.axis().description().isEmpty()) {
                axis.add(new Paragraph(entry.axis().description()));
            }
            UnorderedList actions = new UnorderedList();
            actions.addClassName("card-list");
            for (ProjectAction action : entry.actions()) {
                ListItem card = new ListItem(
                        new Anchor("actions/" + action.id(), action.title()), new StatusBadge(action.status()));
                card.addClassName("card");
                card.setId("action-card-" + action.id());
                actions.add(card);
            }
            axis.add(entry.actions().isEmpty() ? new Paragraph(getTranslation("project.page.axisEmpty")) : actions);
            add(axis);
        }
    }

    private Paragraph version(ProjectVersion version) {
        ZoneId zone = ZoneId.systemDefault();
        Paragraph paragraph = new Paragraph(getTranslation(
                "project.version." + version.status().name(),
                version.number(),
                version.adoptedAt() == null
                        ? ""
                        : Dates.of(version.adoptedAt().atZone(zone).toLocalDate()),
                version.publishedAt() == null
                        ? ""
                        : Dates.of(version.publishedAt().atZone(zone).toLocalDate())));
        paragraph.setId("project-version");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
