package fr.convergences.contribution.discussion;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.moderation.ModerationForms;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Map;

/**
 * Under a comment: reporting it (anyone signed in), and for moderators the reporters' reasons, dismissing the reports,
 * hiding, restoring or redacting it.
 */
class CommentActions extends Div {

    /** What the moderators need under each comment: the service, and the pending reports' reasons by comment id. */
    record Moderation(ModerationService service, Map<Long, List<String>> reasons) {}

    CommentActions(
            DiscussionService discussions,
            Moderation moderation,
            Actor actor,
            Comment comment,
            boolean moderates,
            boolean open,
            StatusMessage status) {
        long id = comment.storedId();
        String prefix = "comment-" + id;
        boolean own = actor.isAuthenticated() && actor.accountId().equals(comment.authorAccountId());
        if (actor.isAuthenticated() && open && !comment.hidden() && !moderates && !own) {
            add(ModerationForms.disclosure(
                    prefix + "-report",
                    getTranslation("moderation.comment.report.summary"),
                    new ModerationForms.ReasonForm(
                            prefix + "-report-reason",
                            prefix + "-report-submit",
                            "contribution.report.reasonLabel",
                            "contribution.report",
                            status,
                            reason -> discussions.reportComment(actor, id, reason)),
                    ModerationForms.charterLink(getTranslation("moderation.charter.read"))));
        }
        List<String> reasons = moderation.reasons().getOrDefault(id, List.of());
        if (moderates && !reasons.isEmpty()) {
            // Text components: the reporters' words are never read as HTML.
            UnorderedList list = new UnorderedList();
            list.setId(prefix + "-report-reasons");
            list.addClassName("report-reasons");
            reasons.forEach(reason -> list.add(new ListItem(getTranslation("moderation.reports.reason", reason))));
            add(
                    list,
                    new ModerationForms.ReasonForm(
                            prefix + "-dismiss-reason",
                            prefix + "-dismiss",
                            "moderation.dismiss.reasonLabel",
                            "moderation.dismiss.submit",
                            "moderation.comment.dismiss.done",
                            status,
                            reason -> moderation.service().dismissCommentReports(actor, id, reason)));
        }
        if (moderates) {
            boolean hide = !comment.hidden();
            add(ModerationForms.disclosure(
                    prefix + "-moderate",
                    getTranslation("moderation.comment.moderate.summary"),
                    new ModerationForms.ReasonForm(
                            prefix + (hide ? "-hide" : "-restore"),
                            "contribution.moderation.reasonLabel",
                            hide ? "contribution.moderation.hide" : "contribution.moderation.restore",
                            status,
                            reason -> {
                                if (hide) {
                                    discussions.hideComment(actor, id, reason);
                                } else {
                                    discussions.restoreComment(actor, id, reason);
                                }
                            }),
                    new ModerationForms.RedactForm(
                            prefix + "-redact",
                            status,
                            (passage, reason) -> discussions.redactComment(actor, id, passage, reason))));
        }
    }
}
