package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.StoredId;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilSuspension;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The lines of the moderation queue, each with the actions it offers. Texts are shown as text, never as HTML. */
final class QueueLists {

    private final ModerationService moderation;
    private final SuspensionService suspensions;
    private final Actor actor;
    private final long councilId;
    private final boolean canSuspend;
    private final StatusMessage status;
    private final Component page;
    private final Locale locale;

    QueueLists(
            Component page,
            Locale locale,
            ModerationService moderation,
            SuspensionService suspensions,
            Actor actor,
            long councilId,
            boolean canSuspend,
            StatusMessage status) {
        this.page = page;
        this.locale = locale;
        this.moderation = moderation;
        this.suspensions = suspensions;
        this.actor = actor;
        this.councilId = councilId;
        this.canSuspend = canSuspend;
        this.status = status;
    }

    ListItem contribution(ModerationQueue.Item item) {
        ListItem line = new ListItem(new Anchor("contributions/" + item.contributionId(), item.text()), state(item));
        line.setId("queue-contribution-" + item.contributionId());
        if (!item.reasons().isEmpty()) {
            line.add(new ModerationForms.ReasonForm(
                    "queue-contribution-" + item.contributionId() + "-dismiss-reason",
                    "queue-contribution-" + item.contributionId() + "-dismiss",
                    "moderation.dismiss.reasonLabel",
                    "moderation.dismiss.submit",
                    "moderation.dismiss.done",
                    status,
                    reason -> moderation.dismissReports(actor, item.contributionId(), reason)));
        }
        suspend(line, "suspend-contribution-" + item.contributionId(), item);
        return line;
    }

    ListItem comment(ModerationQueue.Item item) {
        ListItem line = new ListItem(
                new Paragraph(item.text()),
                state(item),
                new Anchor("contributions/" + item.contributionId(), t("moderation.queue.comment.open")));
        line.setId("queue-comment-" + item.commentId());
        if (!item.reasons().isEmpty() && item.commentId() != null) {
            long commentId = item.commentId();
            line.add(new ModerationForms.ReasonForm(
                    "queue-comment-" + commentId + "-dismiss-reason",
                    "queue-comment-" + commentId + "-dismiss",
                    "moderation.dismiss.reasonLabel",
                    "moderation.dismiss.submit",
                    "moderation.comment.dismiss.done",
                    status,
                    reason -> moderation.dismissCommentReports(actor, commentId, reason)));
        }
        suspend(line, "suspend-comment-" + item.commentId(), item);
        return line;
    }

    ListItem appeal(ModerationQueue.PendingAppeal appeal) {
        ListItem line = new ListItem(
                new Paragraph(t(
                        "moderation.queue.appeal.decision",
                        t("moderation.queue.appeal.kind." + appeal.kind().name()),
                        appeal.subject(),
                        appeal.automatic() ? t("moderation.automatic") : appeal.decisionReason())),
                new Paragraph(t(
                        "moderation.queue.appeal.text",
                        name(appeal.appellantName()),
                        date(appeal.filedOn()),
                        appeal.appealText())),
                new Anchor("contributions/" + appeal.contributionId(), t("moderation.queue.comment.open")),
                new ModerationForms.AppealDecisionForm(moderation, actor, appeal, status));
        line.setId("queue-appeal-" + appeal.appealId());
        return line;
    }

    ListItem suspension(SuspensionService.Current current) {
        CouncilSuspension suspension = current.suspension();
        long suspensionId = StoredId.of(suspension.id());
        ListItem line = new ListItem(
                new Paragraph(
                        suspension.lastDay() == null
                                ? t(
                                        "moderation.queue.suspension.indefinitely",
                                        name(current.name()),
                                        suspension.reason())
                                : t(
                                        "moderation.queue.suspension.until",
                                        name(current.name()),
                                        date(suspension.lastDay()),
                                        suspension.reason())),
                new ModerationForms.ReasonForm(
                        "lift-" + suspension.id(),
                        "moderation.suspension.liftReasonLabel",
                        "moderation.suspension.lift",
                        status,
                        reason -> suspensions.lift(actor, suspensionId, reason)));
        line.setId("queue-suspension-" + suspension.id());
        return line;
    }

    private Component state(ModerationQueue.Item item) {
        Paragraph line = new Paragraph(t(
                "moderation.queue.line",
                item.reports(),
                t(item.hidden() ? "contribution.queue.hidden" : "contribution.queue.visible"),
                name(item.authorName())));
        if (item.reasons().isEmpty()) {
            return line;
        }
        // The reporters' own words, as text: what the moderator needs to judge the report.
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("report-reasons");
        item.reasons().forEach(reason -> reasons.add(new ListItem(t("moderation.reports.reason", reason))));
        return new Div(line, reasons);
    }

    private void suspend(ListItem line, String id, ModerationQueue.Item item) {
        Long author = item.authorAccountId();
        if (canSuspend && author != null && !author.equals(actor.accountId())) {
            long authorId = author;
            line.add(ModerationForms.disclosure(
                    id + "-details",
                    t("moderation.suspension.summary", name(item.authorName())),
                    new ModerationForms.SuspendForm(
                            id,
                            status,
                            (reason, lastDay) -> suspensions.suspend(actor, councilId, authorId, reason, lastDay))));
        }
    }

    private String name(@Nullable String name) {
        return name == null ? t("contribution.author.deleted") : name;
    }

    private String date(LocalDate day) {
        return Messages.day(day, locale);
    }

    private String t(String key, Object... arguments) {
        return page.getTranslation(key, arguments);
    }
}
