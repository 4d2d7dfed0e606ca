package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.notification.FollowButton;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/**
 * A motion's public page: its text and reasons, what it answers, its attachments and declared interests;
 * each voting session with the ballot form (members), its management (the secretariat) or its published
 * result; and the agency's follow-up of an avis.
 */
@Route("motions/:id")
@Prototype
public class MotionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MotionService motions;
    private final VotingSessionService sessions;
    private final BallotService ballots;
    private final SittingService sittings;
    private final ArsFollowUpService followUp;
    private final CurrentUser currentUser;
    private final Follows follows;
    private String title = "";

    public MotionView(
            MotionService motions,
            VotingSessionService sessions,
            BallotService ballots,
            SittingService sittings,
            ArsFollowUpService followUp,
            CurrentUser currentUser,
            Follows follows) {
        this.follows = follows;
        this.motions = motions;
        this.followUp = followUp;
        this.sessions = sessions;
        this.ballots = ballots;
        this.sittings = sittings;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = currentUser.actor();
        StatusMessage status = new StatusMessage();
        status.setId("motion-status");
        MotionDetails page;
        try {
            page = motions.page(actor, event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            status.error(refusal);
            add(new H1(getTranslation("motion.unavailable")), status);
            return;
        }
        title = page.motion().title();
        Paragraph state = new Paragraph(getTranslation(
                        "motion.kind." + page.motion().kind().name()) + " · "
                + getTranslation("motion.status." + page.motion().status().name()));
        state.setId("motion-state");
        add(
                new Anchor(
                        "conseils/" + page.councilSlug() + "/decisions",
                        getTranslation("motion.decisions.title", page.councilName())),
                new H1(title),
                state,
                status);
        add(
                new H2(getTranslation("motion.page.text")),
                SafeMarkdown.component(page.motion().body()));
        add(
                new H2(getTranslation("motion.page.reasons")),
                SafeMarkdown.component(page.motion().reasons()));
        if (!page.options().isEmpty()) {
            UnorderedList options = new UnorderedList();
            options.setId("motion-options-list");
            page.options().forEach(option -> options.add(new ListItem(option.label())));
            add(new H2(getTranslation("motion.page.options")), options);
        }
        links("motion-convergences", getTranslation("motion.page.convergences"), page.convergences());
        links("motion-contributions", getTranslation("motion.page.contributions"), page.contributions());
        if (!page.attachments().isEmpty()) {
            UnorderedList attachments = new UnorderedList();
            page.attachments().forEach(link -> {
                Anchor anchor = new Anchor(link.url(), link.label());
                anchor.getElement().setAttribute("rel", "nofollow noopener");
                attachments.add(new ListItem(anchor));
            });
            add(new H2(getTranslation("motion.page.attachments")), attachments);
        }
        add(new DraftPanel(motions, actor, page, status));
        add(new InterestPanel(motions, actor, page, status));
        add(new H2(getTranslation("motion.page.votes")));
        for (VotingSession session : page.sessions()) {
            Div section = new Div();
            section.setId("session-" + session.id());
            section.addClassName("voting-session");
            section.add(new SessionHeader(session, page.zone()));
            if (session.status() == VotingSession.Status.CLOSED) {
                section.add(new ResultPanel(sessions.result(session.storedId()), ballots));
            } else if (session.status() == VotingSession.Status.OPEN) {
                section.add(new BallotForm(ballots, sittings, actor, session, page.options(), status));
            }
            if (page.canRun() && session.status() != VotingSession.Status.CLOSED) {
                section.add(new SessionControls(sessions, actor, session, status));
            }
            add(section);
        }
        if (page.sessions().isEmpty()) {
            add(new Paragraph(getTranslation("motion.page.noVote")));
        }
        if (page.canRun()) {
            add(new PlanPanel(motions, sessions, sittings, actor, page, status));
        }
        add(new FollowUpPanel(followUp, actor, page, status));
        add(new FollowButton(
                follows,
                actor,
                FollowedKind.MOTION,
                page.motion().storedId(),
                "/motions/" + page.motion().id()));
    }

    private void links(String id, String heading, List<MotionDetails.Link> links) {
        if (links.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        links.forEach(link -> list.add(new ListItem(new Anchor(link.path(), link.title()))));
        add(new H2(heading), list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
