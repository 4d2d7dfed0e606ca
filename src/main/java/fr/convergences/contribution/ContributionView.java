package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** A contribution's page: its text, who wrote it, supports, and the discussion. */
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
        Div answer = new Div(new H2(getTranslation("contribution.answer.title")));
        answer.setId("official-answer");
        answers.answerTo(id).ifPresentOrElse(
                official -> answer.add(new Paragraph(getTranslation("contribution.answer.status." + official.status().name())),
                        new Paragraph(official.text())),
                () -> answer.add(new Paragraph(getTranslation("contribution.answer.none"))));
        if (answers.canAnswer(actor, id)) {
            answer.add(new AnswerForm(answers, actor, id, status));
        }
        add(answer);
        Span supports = new Span(getTranslation("contribution.supports", discussion.supports()));
        supports.setId("support-count");
        add(supports);
        if (actor.isAuthenticated() && !contribution.hidden()) {
            Button support = new Button(getTranslation(discussion.supportedByViewer() ? "contribution.support.withdraw" : "contribution.support"),
                    click -> act(() -> {
                        if (discussion.supportedByViewer()) {
                            discussions.withdrawSupport(actor, id);
                        } else {
                            discussions.support(actor, id);
                        }
                    }));
            support.setId("support");
            add(support);
        }
        add(new H2(getTranslation("contribution.discussion", discussion.stanceCounts().get(Stance.FOR),
                discussion.stanceCounts().get(Stance.AGAINST), discussion.stanceCounts().get(Stance.NEUTRAL))));
        UnorderedList threads = new UnorderedList();
        threads.setId("comments");
        for (Discussion.Thread thread : discussion.threads()) {
            ListItem item = new ListItem(line(thread.comment(), thread.authorName()));
            UnorderedList replies = new UnorderedList();
            thread.replies().forEach(reply -> replies.add(new ListItem(line(reply.comment(), reply.authorName()))));
            if (replies.getComponentCount() > 0) {
                item.add(replies);
            }
            threads.add(item);
        }
        add(threads);
        if (actor.isAuthenticated() && !contribution.hidden()) {
            add(new CommentForm(discussions, actor, id, discussion.threads(), status));
            add(new ModerationForms.Report(moderation, actor, id, status));
        }
        if (contribution.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("contribution.hidden.moderator", String.valueOf(contribution.hiddenReason())));
            hidden.setId("hidden-notice");
            add(hidden, new ModerationForms.Decide(moderation, actor, id, status, false));
        } else if (answers.canModerate(actor, id)) {
            add(new ModerationForms.Decide(moderation, actor, id, status, true));
        }
    }

    private Span line(Comment comment, String author) {
        // Text only: comments are never interpreted as HTML.
        return new Span(getTranslation("contribution.stance." + comment.stance().name()) + " · " + author + " : " + comment.body());
    }

    private void act(Runnable useCase) {
        try {
            useCase.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
