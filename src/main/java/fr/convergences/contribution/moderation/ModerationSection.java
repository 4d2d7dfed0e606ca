package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.identity.Actor;
import java.util.List;

/**
 * The moderation part of a contribution's page: the public notices of redacted passages; reporting (anyone signed
 * in); the moderators' decisions (hide, restore, redact); and for the author, the decisions on their contents here,
 * each with its one appeal.
 */
public class ModerationSection extends Div {

    // The answers service is no longer needed here (the moderation page says whether the viewer moderates); the
    // signature stays as the contribution's page calls it.
    public ModerationSection(
            ModerationService moderation,
            AnswerService answers,
            Actor actor,
            Contribution contribution,
            StatusMessage status) {
        long id = contribution.storedId();
        ModerationSummary page = moderation.page(actor, id);
        if (!page.redactions().isEmpty()) {
            UnorderedList notices = new UnorderedList();
            notices.setId("redaction-notices");
            page.redactions().forEach(notice -> notices.add(new ListItem(noticeText(notice))));
            add(notices);
        }
        // One does not report one's own contribution: the form is not offered rather than refused after a click.
        boolean authored = actor.isAuthenticated() && actor.accountId().equals(contribution.authorAccountId());
        if (actor.isAuthenticated() && !authored && ParticipationPolicy.isOpen(contribution)) {
            add(
                    new ModerationForms.ReasonForm(
                            "report-reason",
                            "report",
                            "contribution.report.reasonLabel",
                            "contribution.report",
                            "contribution.confirm.reported",
                            status,
                            reason -> moderation.report(actor, id, reason)),
                    ModerationForms.charterLink(getTranslation("moderation.charter.read")));
        }
        if (page.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation(
                    page.moderates() ? "contribution.hidden.moderator" : "moderation.hidden.author",
                    String.valueOf(page.hiddenReason())));
            hidden.setId("hidden-notice");
            add(hidden);
        }
        if (page.moderates()) {
            moderation.originalText(actor, id).ifPresent(original -> {
                Div written = new Div(
                        new H2(getTranslation("moderation.original.title")),
                        new Paragraph(getTranslation(
                                "moderation.original.help",
                                original.kinds().stream()
                                        .map(kind -> getTranslation("personalData.kind." + kind.name()))
                                        .sorted()
                                        .collect(java.util.stream.Collectors.joining(", ")))),
                        new Paragraph(original.title()),
                        new Paragraph(original.body()));
                written.setId("original-text");
                add(written);
            });
            List<ModerationService.PendingReport> reports = moderation.pendingReports(actor, id);
            if (!reports.isEmpty()) {
                UnorderedList reasons = new UnorderedList();
                reasons.setId("report-reasons");
                reports.forEach(report -> reasons.add(new ListItem(getTranslation(
                        "moderation.reports.reasonOn", Messages.day(report.on(), getLocale()), report.reason()))));
                add(
                        new H2(getTranslation("moderation.reports.title")),
                        reasons,
                        new ModerationForms.ReasonForm(
                                "dismiss-reason",
                                "dismiss-reports",
                                "moderation.dismiss.reasonLabel",
                                "moderation.dismiss.submit",
                                "moderation.dismiss.done",
                                status,
                                reason -> moderation.dismissReports(actor, id, reason)));
            }
            boolean hide = !page.hidden();
            add(new ModerationForms.ReasonForm(
                    "moderation-reason",
                    hide ? "moderation-hide" : "moderation-restore",
                    "contribution.moderation.reasonLabel",
                    hide ? "contribution.moderation.hide" : "contribution.moderation.restore",
                    status,
                    reason -> {
                        if (hide) {
                            moderation.hide(actor, id, reason);
                        } else {
                            moderation.restore(actor, id, reason);
                        }
                    }));
            add(ModerationForms.disclosure(
                    "redact-details",
                    getTranslation("moderation.redaction.summary"),
                    new ModerationForms.RedactForm(
                            "redact", status, (passage, reason) -> moderation.redact(actor, id, passage, reason))));
        }
        if (!page.ownDecisions().isEmpty()) {
            add(new H2(getTranslation("moderation.own.title")));
            UnorderedList own = new UnorderedList();
            own.setId("own-decisions");
            page.ownDecisions().forEach(decision -> own.add(ownDecision(moderation, actor, decision, status)));
            add(own);
        }
    }

    private String noticeText(RedactionNotice notice) {
        return getTranslation("moderation.redaction.notice", Messages.day(notice.on(), getLocale()), notice.reason())
                + (notice.reversed() ? " " + getTranslation("moderation.redaction.reversed") : "");
    }

    private ListItem ownDecision(
            ModerationService moderation, Actor actor, ModerationSummary.OwnDecision own, StatusMessage status) {
        ModerationDecision decision = own.decision();
        ListItem item = new ListItem(new Paragraph(getTranslation(
                "moderation.own." + decision.kind().name(),
                own.subject(),
                Messages.day(own.on(), getLocale()),
                decision.automatic() ? getTranslation("moderation.automatic") : decision.reason())));
        item.setId("decision-" + decision.id());
        ModerationAppeal appeal = own.appeal();
        if (appeal != null) {
            ModerationAppeal.Outcome outcome = appeal.outcome(); // none while the appeal is pending
            item.add(new Paragraph(
                    outcome == null
                            ? getTranslation("moderation.appeal.pending")
                            : getTranslation(
                                            "moderation.appeal.outcome." + outcome.name() + ".shown",
                                            appeal.outcomeReason())
                                    + (outcome == ModerationAppeal.Outcome.REVERSED
                                                    && decision.kind() == ModerationDecision.Kind.REDACT
                                            ? " " + getTranslation("moderation.appeal.redactionCannotBeUndone")
                                            : "")));
        } else if (own.appealable()) {
            item.add(new ModerationForms.AppealForm(moderation, actor, decision.storedId(), status));
        }
        return item;
    }
}
