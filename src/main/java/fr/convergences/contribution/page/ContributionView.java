package fr.convergences.contribution.page;

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
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.AuthorSection;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionPageSection;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.HistorySection;
import fr.convergences.contribution.answer.AnswerSection;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.Discussion;
import fr.convergences.contribution.discussion.DiscussionSection;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.contribution.moderation.ModerationSection;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution's page. Each part is its own component: the text with its attribution, the author's
 * tools, addenda and history, the council's answer, supports and discussion, and moderation; they
 * share one status message for refusals.
 */
@Route("contributions/:id")
@Prototype
public class ContributionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DiscussionService discussions;
    private final ContributionService contributions;
    private final MediationService mediation;
    private final ConsultationService consultations;
    private final OrganisationService organisations;
    private final AnswerService answers;
    private final ModerationService moderation;
    private final List<ContributionPageSection> sections;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private String title = "";

    public ContributionView(
            DiscussionService discussions,
            ContributionService contributions,
            MediationService mediation,
            ConsultationService consultations,
            OrganisationService organisations,
            AnswerService answers,
            ModerationService moderation,
            List<ContributionPageSection> sections,
            CurrentUser currentUser) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.mediation = mediation;
        this.consultations = consultations;
        this.organisations = organisations;
        this.moderation = moderation;
        this.answers = answers;
        this.sections = sections;
        this.currentUser = currentUser;
        addClassName("prose");
        status.setId("contribution-page-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        Discussion discussion;
        try {
            discussion = discussions.discussion(actor, id, getLocale());
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            status.error(refusal);
            add(new H1(getTranslation("contribution.unavailable")), status);
            return;
        }
        Contribution contribution = discussion.contribution();
        ConsultationDetails consultation = consultations.details(contribution.consultationId());
        title = contribution.title();
        Paragraph attribution = new Paragraph(String.join(" · ", attribution(contribution, discussion.authorName())));
        attribution.setId("contribution-attribution");
        add(
                new Anchor(
                        "consultations/" + consultation.consultation().id(),
                        consultation.consultation().title()),
                new H1(title),
                attribution);
        if (contribution.isWithdrawn()) {
            Paragraph withdrawn = new Paragraph(getTranslation("contribution.withdrawn.notice"));
            withdrawn.setId("withdrawn-notice");
            add(withdrawn);
        }
        add(new Paragraph(contribution.body()), status);
        add(new AuthorSection(contributions, actor, contribution, consultation.zone(), status));
        add(new HistorySection(contributions.addenda(id), contributions.history(id), consultation.zone()));
        add(new AnswerSection(answers, actor, id, status));
        sections.stream()
                .sorted(java.util.Comparator.comparingInt(ContributionPageSection::order))
                .forEach(section -> section.section(id, actor).ifPresent(this::add));
        add(new DiscussionSection(discussions, moderation, actor, discussion, status));
        add(new ModerationSection(moderation, answers, actor, contribution, status));
    }

    /** Kind and author, or who collected it and where; the organisation spoken for; the participant's details for admins. */
    private List<String> attribution(Contribution contribution, String authorName) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("contribution.kind." + contribution.kind().name()));
        mediation
                .attribution(contribution.storedId())
                .ifPresentOrElse(
                        collected -> parts.add(getTranslation(
                                "contribution.mediation.collected",
                                collected.collector() != null
                                        ? collected.collector()
                                        : getTranslation("contribution.author.deleted"),
                                collected.place())),
                        () -> parts.add(
                                contribution.origin().isOnline()
                                        ? getTranslation("contribution.by", authorName)
                                        : getTranslation("contribution.origin."
                                                + contribution.origin().name())));
        if (contribution.organisationId() != null) {
            parts.add(getTranslation(
                    "contribution.onBehalfOf",
                    organisations.find(contribution.organisationId()).name()));
        }
        mediation
                .participant(currentUser.actor(), contribution.storedId())
                .ifPresent(person -> parts.add(getTranslation(
                        "contribution.mediation.participant",
                        person.participantName() == null ? "—" : person.participantName(),
                        person.participantAgeBand() == null
                                ? "—"
                                : getTranslation("contribution.ageBand."
                                        + person.participantAgeBand().name()))));
        return parts;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
