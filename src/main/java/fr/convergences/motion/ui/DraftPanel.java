package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionStatus;

/**
 * The secretariat's hand on a motion before its vote: edit it, duplicate it (any motion, to table it again), or cancel
 * it with a reason, after a confirmation. Everyone sees why a cancelled motion was cancelled.
 */
class DraftPanel extends Div {

    DraftPanel(MotionService motions, Actor actor, MotionDetails page, StatusMessage status) {
        setId("draft-panel");
        Motion motion = page.motion();
        if (page.cancelReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("motion.cancelled.shown", page.cancelReason()));
            reason.setId("motion-cancelled-reason");
            add(reason);
        }
        if (page.tabledBy() != null) {
            Paragraph tabled = new Paragraph(getTranslation("motion.table.tabledBy", page.tabledBy()));
            tabled.setId("motion-tabled-by");
            add(tabled);
        }
        if (page.amends() != null) {
            add(new Paragraph(
                    new com.vaadin.flow.component.html.Span(getTranslation("motion.table.amends") + " "),
                    new Anchor(page.amends().path(), page.amends().title())));
        }
        if (page.canTable()) {
            Anchor amend = new Anchor(
                    "conseils/" + page.councilSlug() + "/motions/nouvelle?proposer&amende=" + motion.id(),
                    getTranslation("motion.table.amend"));
            amend.setId("motion-amend");
            add(new Paragraph(amend));
        }
        if (!motions.canDraft(actor, motion.councilId())) {
            return;
        }
        Button duplicate = new Button(getTranslation("motion.duplicate"), click -> {
            try {
                Motion copy = motions.duplicate(actor, motion.storedId());
                Confirmation.show(getTranslation("motion.duplicated"));
                UI.getCurrent()
                        .navigate(
                                "conseils/" + page.councilSlug() + "/motions/nouvelle",
                                com.vaadin.flow.router.QueryParameters.of("modifier", String.valueOf(copy.id())));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        duplicate.setId("motion-duplicate");
        boolean beforeVote = (motion.status() == MotionStatus.DRAFT || motion.status() == MotionStatus.PUBLISHED)
                && page.sessions().isEmpty();
        if (!beforeVote) {
            add(duplicate);
            return;
        }
        Anchor edit = new Anchor(
                "conseils/" + page.councilSlug() + "/motions/nouvelle?modifier=" + motion.id(),
                getTranslation("motion.edit"));
        edit.setId("motion-edit");
        TextField reason = new TextField(getTranslation("motion.cancel.reasonLabel"));
        reason.setMaxLength(MotionService.CANCEL_REASON_MAX_LENGTH);
        reason.setId("motion-cancel-reason");
        // Cancelling a member's proposal is declining it (the member is told the reason).
        String cancelLabel = page.tabledBy() != null && motion.status() == MotionStatus.DRAFT
                ? "motion.table.decline"
                : "motion.cancel";
        Button cancel = new Button(
                getTranslation(cancelLabel),
                click -> Confirmation.ask(
                        getTranslation("motion.confirm.cancelMotion.header"),
                        getTranslation("motion.confirm.cancelMotion.text"),
                        getTranslation("motion.cancel"),
                        getTranslation("motion.confirm.cancel"),
                        "confirm-motion-cancel",
                        () -> {
                            try {
                                motions.cancel(actor, motion.storedId(), reason.getValue());
                                Confirmation.show(getTranslation("motion.cancelled.done"));
                                UI.getCurrent().getPage().reload();
                            } catch (UserFacingException refusal) {
                                status.error(refusal);
                            }
                        }));
        cancel.setId("motion-cancel");
        Div cancelling = new Div(reason, cancel);
        cancelling.addClassName("narrow-form");
        add(new Paragraph(edit), duplicate, cancelling);
    }
}
