package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/** Supports and the threaded discussion of a contribution, with the forms to take part. */
class DiscussionSection extends Div {

    private final StatusMessage status;

    DiscussionSection(DiscussionService discussions, Actor actor, Discussion discussion, StatusMessage status) {
        this.status = status;
        Contribution contribution = discussion.contribution();
        long id = contribution.id();
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
}
