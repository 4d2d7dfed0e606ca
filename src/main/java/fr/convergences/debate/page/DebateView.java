package fr.convergences.debate.page;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateDetails;
import fr.convergences.debate.DebateInfo;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.DebateStatus;
import fr.convergences.debate.DebateTools;
import fr.convergences.debate.DebateToolsPanel;
import fr.convergences.debate.LiveRefresh;
import fr.convergences.debate.outcome.DebateOutcomePanel;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.registration.RegistrationPanel;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;

/**
 * A debate's public page: what, when, where and for whom, its calendar file, registration while it is to come,
 * and afterwards its attendance, minutes and captured contributions; the organiser's and moderators' tools.
 */
@Route("debats/:id")
@StyleSheet("styles/debate.css")
@Prototype
public class DebateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateService debates;
    private final RegistrationService registrations;
    private final DebateOutcomeService outcomes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LiveRefresh live = new LiveRefresh();
    private String title = "";

    public DebateView(
            DebateService debates,
            RegistrationService registrations,
            DebateOutcomeService outcomes,
            CurrentUser currentUser,
            Clock clock) {
        this.debates = debates;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("prose", "debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        DebateDetails details;
        try {
            details = debates.details(actor, id);
        } catch (UserFacingException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Debate debate = details.debate();
        title = debate.title();
        add(new H1(debate.title()));
        if (debate.status() == DebateStatus.PENDING) {
            add(badge(getTranslation("debate.status.PENDING"), "debate-status"));
        }
        if (debate.isCancelled()) {
            add(badge(getTranslation("debate.status.cancelledBecause", debate.cancelReason()), "debate-status"));
        }
        DebateInfo info = new DebateInfo(details);
        add(info);
        if (debate.isPublished()) {
            Anchor ical = new Anchor("/api/debates/" + id + ".ics", getTranslation("debate.page.ical"));
            ical.setId("ical-link");
            ical.getElement().setAttribute("download", "debat-" + id + ".ics");
            add(new Paragraph(ical));
        }
        live.stop();
        if (registrations.acceptsRegistrations(id)) {
            RegistrationPanel panel = new RegistrationPanel(registrations, debates, actor, id);
            add(panel);
            // Seats are taken and freed by others while the page is open: the counts follow without a reload.
            live.follow(this, () -> {
                DebateDetails fresh = debates.details(actor, id);
                info.showSeats(fresh);
                panel.showFull(fresh.seatsLeft() == 0);
            });
        }
        if (debate.hasStarted(clock.instant())) {
            add(new DebateOutcomePanel(details));
        }
        DebateTools tools = debates.tools(actor, id);
        boolean canRecord = outcomes.canRecord(actor, id);
        if (tools.canManage() || tools.canModerate() || canRecord) {
            add(new DebateToolsPanel(debates, actor, details, tools, canRecord));
        }
    }

    private static Paragraph badge(String text, String id) {
        Paragraph badge = new Paragraph(text);
        badge.setId(id);
        badge.addClassName("debate-badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
