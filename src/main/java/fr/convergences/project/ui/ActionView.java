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
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.notification.FollowButton;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.project.ActionDetails;
import fr.convergences.project.ActionService;
import fr.convergences.project.ActionStatus;
import fr.convergences.project.Dashboard;
import fr.convergences.project.IndicatorService;
import fr.convergences.project.diagnostic.ActionNeedsSection;
import fr.convergences.project.diagnostic.DiagnosticService;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/** An action's public page: who carries it, where and when, where it stands, what it answers, its indicators and its progress log. */
@Route("actions/:id")
@Prototype
public class ActionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final MotionService motions;
    private final CurrentUser currentUser;
    private final Follows follows;
    private final DiagnosticService diagnostics;
    private final IndicatorService indicators;
    private String title = "";

    public ActionView(
            ActionService actions,
            MotionService motions,
            CurrentUser currentUser,
            Follows follows,
            DiagnosticService diagnostics,
            IndicatorService indicators) {
        this.diagnostics = diagnostics;
        this.indicators = indicators;
        this.actions = actions;
        this.follows = follows;
        this.motions = motions;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ActionDetails page;
        StatusMessage status = new StatusMessage();
        status.setId("action-page-status");
        try {
            page = actions.page(
                    currentUser.actor(),
                    event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            status.error(refusal);
            title = getTranslation("project.action.unknown");
            add(new H1(title), status);
            return;
        }
        title = page.action().title();
        Paragraph axis = new Paragraph(getTranslation(
                "project.axis.heading", page.axis().position(), page.axis().title()));
        add(
                new Anchor("conseils/" + page.councilSlug() + "/projet", getTranslation("project.action.back")),
                new H1(title),
                axis);
        long actionId = StoredId.of(page.action().id());
        add(new FollowButton(follows, currentUser.actor(), FollowedKind.ACTION, actionId, "/actions/" + actionId));
        Paragraph state = new Paragraph(new StatusBadge(page.action().status()));
        state.setId("action-status");
        add(state);
        if (page.action().status() == ActionStatus.ABANDONED) {
            Paragraph reason = new Paragraph(page.action().abandonReason());
            reason.setId("action-reason");
            add(reason);
        }
        add(new Paragraph(page.action().description()));
        add(fact("action-owner", getTranslation("project.action.owner", page.ownerName())));
        if (!page.partnerNames().isEmpty()) {
            add(fact(
                    "action-partners",
                    getTranslation("project.action.partners", String.join(", ", page.partnerNames()))));
        }
        if (!page.communeNames().isEmpty()) {
            add(fact(
                    "action-communes",
                    getTranslation("project.action.communes", String.join(", ", page.communeNames()))));
        }
        add(fact(
                "action-dates",
                getTranslation(
                        "project.action.dates",
                        Dates.of(page.action().startsOn()),
                        Dates.of(page.action().dueOn()))));
        if (page.action().budgetEuros() != null) {
            add(fact(
                    "action-budget",
                    getTranslation("project.action.budget", page.action().budgetEuros())));
        }
        if (!page.links().isEmpty()) {
            UnorderedList links = new UnorderedList();
            links.setId("action-links");
            page.links()
                    .forEach(link -> links.add(new ListItem(
                            new Span(getTranslation(
                                    "project.link.kind",
                                    getTranslation("project.link." + link.kind().name()))),
                            new Anchor(link.path(), link.title()))));
            add(new H2(getTranslation("project.action.links")), links);
        }
        if (!page.indicators().isEmpty()) {
            // The action's own dashboard: each indicator's chart against its target, with its table by commune beside
            // it.
            Dashboard dashboard = indicators.actionDashboard(currentUser.actor(), actionId);
            Div cards = new Div();
            cards.setId("action-indicators");
            dashboard
                    .indicators()
                    .forEach(entry -> cards.add(new IndicatorCard(entry, dashboard.communeNames(), true)));
            Anchor all = new Anchor(
                    "conseils/" + page.councilSlug() + "/indicateurs", getTranslation("project.action.allIndicators"));
            all.setId("action-all-indicators");
            add(new H2(getTranslation("project.action.indicators")), cards, new Paragraph(all));
        }
        add(new ActionNeedsSection(
                diagnostics,
                currentUser.actor(),
                actionId,
                page.councilId(),
                page.councilSlug(),
                page.canManage(),
                status));
        add(new H2(getTranslation("project.action.progress")), new ProgressLog(page.progress(), page.attachments()));
        if (page.canFollowUp()) {
            List<Motion> decided = !page.canManage()
                    ? List.of()
                    : motions.decisions(currentUser.actor(), page.councilId()).stream()
                            .filter(motion -> motion.status().isDecided())
                            .toList();
            add(status, new ActionAdminPanel(actions, currentUser.actor(), page, decided, status));
        }
    }

    private static Paragraph fact(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
