package fr.convergences.contribution.discussion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.moderation.ModerationForms;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.contribution.moderation.ParticipationPolicy;
import fr.convergences.identity.AccountMenu;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Map;

/**
 * Supports and the threaded discussion of a contribution, with the forms to take part and, on each comment, to
 * report it or (moderators) to hide, restore or redact it. A hidden comment shows as a placeholder to the public.
 */
public class DiscussionSection extends Div {

    public DiscussionSection(
            DiscussionService discussions,
            ModerationService moderation,
            Actor actor,
            Discussion discussion,
            StatusMessage status) {
        Contribution contribution = discussion.contribution();
        long id = contribution.storedId();
        // The reporters' reasons reach the moderators only, next to the comment they judge.
        Map<Long, List<String>> reasons =
                discussion.viewerModerates() ? moderation.pendingCommentReasons(actor, id) : Map.of();
        CommentActions.Moderation moderating = new CommentActions.Moderation(moderation, reasons);
        boolean open = ParticipationPolicy.isOpen(contribution);
        Span supports = new Span(getTranslation("contribution.supports", discussion.supports()));
        supports.setId("support-count");
        add(supports);
        // One does not support one's own contribution: the button is not offered rather than refused after a click.
        boolean own = actor.isAuthenticated() && actor.accountId().equals(contribution.authorAccountId());
        // Taking one's support back stays possible once the discussion is closed.
        if (actor.isAuthenticated() && !own && (open || discussion.supportedByViewer())) {
            Button support = new Button(
                    getTranslation(
                            discussion.supportedByViewer() ? "contribution.support.withdraw" : "contribution.support"),
                    click -> ModerationForms.run(
                            status,
                            () -> {
                                if (discussion.supportedByViewer()) {
                                    discussions.withdrawSupport(actor, id);
                                } else {
                                    discussions.support(actor, id);
                                }
                            },
                            discussion.supportedByViewer()
                                    ? "contribution.confirm.supportWithdrawn"
                                    : "contribution.confirm.supported"));
            support.setId("support");
            add(support);
        }
        if (!actor.isAuthenticated() && open) {
            Anchor signIn = new Anchor(
                    AccountMenu.signInHref("contributions/" + id),
                    getTranslation("contribution.signInToTakePart.link"));
            signIn.setId("sign-in-to-take-part");
            add(new Paragraph(signIn, new Span(" " + getTranslation("contribution.signInToTakePart.text"))));
        }
        add(new H2(getTranslation(
                "contribution.discussion",
                discussion.stanceCounts().get(Stance.FOR),
                discussion.stanceCounts().get(Stance.AGAINST),
                discussion.stanceCounts().get(Stance.NEUTRAL))));
        UnorderedList threads = new UnorderedList();
        threads.setId("comments");
        for (Discussion.Thread thread : discussion.threads()) {
            ListItem item = comment(
                    discussions, moderating, actor, discussion, thread.comment(), thread.authorName(), open, status);
            UnorderedList replies = new UnorderedList();
            thread.replies()
                    .forEach(reply -> replies.add(comment(
                            discussions,
                            moderating,
                            actor,
                            discussion,
                            reply.comment(),
                            reply.authorName(),
                            open,
                            status)));
            if (replies.getComponentCount() > 0) {
                item.add(replies);
            }
            threads.add(item);
        }
        add(threads);
        if (actor.isAuthenticated() && open) {
            add(new CommentForm(discussions, actor, id, discussion.threads(), status));
        }
    }

    private ListItem comment(
            DiscussionService discussions,
            CommentActions.Moderation moderating,
            Actor actor,
            Discussion discussion,
            Comment comment,
            String author,
            boolean open,
            StatusMessage status) {
        ListItem item = new ListItem(new Span(line(comment, author)));
        item.setId("comment-" + comment.id());
        discussion
                .redactionsOf(comment)
                .forEach(notice -> item.add(new Paragraph(getTranslation(
                                "moderation.redaction.notice", Messages.day(notice.on(), getLocale()), notice.reason())
                        + (notice.reversed() ? " " + getTranslation("moderation.redaction.reversed") : ""))));
        item.add(new CommentActions(
                discussions, moderating, actor, comment, discussion.viewerModerates(), open, status));
        return item;
    }

    /** Text only: comments are never interpreted as HTML. Hidden ones carry no text unless the viewer may read it. */
    private String line(Comment comment, String author) {
        if (comment.hidden() && comment.body().isEmpty()) {
            return getTranslation("moderation.comment.placeholder");
        }
        String line = getTranslation("contribution.stance." + comment.stance().name()) + " · "
                + getTranslation("label.value", author, comment.body());
        return comment.hidden()
                ? line + " — " + getTranslation("moderation.comment.hiddenFor", String.valueOf(comment.hiddenReason()))
                : line;
    }
}
