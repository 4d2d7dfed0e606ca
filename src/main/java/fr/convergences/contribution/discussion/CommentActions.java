package fr.convergences.contribution.discussion;

import com.vaadin.flow.component.html.Div;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.moderation.ModerationForms;

/** Under a comment: reporting it (anyone signed in), and for moderators hiding, restoring or redacting it. */
class CommentActions extends Div {

    CommentActions(DiscussionService discussions, Actor actor, Comment comment, boolean moderates, boolean open, StatusMessage status) {
        long id = comment.id();
        String prefix = "comment-" + id;
        boolean own = actor.isAuthenticated() && actor.accountId().equals(comment.authorAccountId());
        if (actor.isAuthenticated() && open && !comment.hidden() && !moderates && !own) {
            add(ModerationForms.disclosure(prefix + "-report", getTranslation("moderation.comment.report.summary"),
                    new ModerationForms.ReasonForm(prefix + "-report-reason", prefix + "-report-submit",
                            "contribution.report.reasonLabel", "contribution.report", status,
                            reason -> discussions.reportComment(actor, id, reason)),
                    ModerationForms.charterLink(getTranslation("moderation.charter.read"))));
        }
        if (moderates) {
            boolean hide = !comment.hidden();
            add(ModerationForms.disclosure(prefix + "-moderate", getTranslation("moderation.comment.moderate.summary"),
                    new ModerationForms.ReasonForm(prefix + (hide ? "-hide" : "-restore"), "contribution.moderation.reasonLabel",
                            hide ? "contribution.moderation.hide" : "contribution.moderation.restore", status, reason -> {
                        if (hide) {
                            discussions.hideComment(actor, id, reason);
                        } else {
                            discussions.restoreComment(actor, id, reason);
                        }
                    }),
                    new ModerationForms.RedactForm(prefix + "-redact", status,
                            (passage, reason) -> discussions.redactComment(actor, id, passage, reason))));
        }
    }
}
