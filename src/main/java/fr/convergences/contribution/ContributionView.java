package fr.convergences.contribution;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/**
 * A contribution's page. Each part is its own component: the text, the council's answer, supports and
 * discussion, and moderation; they share one status message for refusals.
 */
@Route("contributions/:id")
@Prototype
public class ContributionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DiscussionService discussions;
    private final AnswerService answers;
    private final ModerationService moderation;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private String title = "";

    public ContributionView(DiscussionService discussions, AnswerService answers, ModerationService moderation, CurrentUser currentUser) {
        this.discussions = discussions;
        this.moderation = moderation;
        this.answers = answers;
        this.currentUser = currentUser;
        addClassName("prose");
        status.setId("contribution-page-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        Discussion discussion;
        try {
            discussion = discussions.discussion(actor, id, getLocale());
        } catch (UserFacingException refusal) {
            status.error(refusal);
            add(new H1(getTranslation("contribution.unavailable")), status);
            return;
        }
        Contribution contribution = discussion.contribution();
        title = contribution.title();
        add(new H1(title), new Paragraph(getTranslation("contribution.kind." + contribution.kind().name()) + " · "
                + getTranslation("contribution.by", discussion.authorName())), new Paragraph(contribution.body()), status);
        add(new AnswerSection(answers, actor, id, status));
        add(new DiscussionSection(discussions, actor, discussion, status));
        add(new ModerationSection(moderation, answers, actor, contribution, status));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
