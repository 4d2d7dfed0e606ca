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
import fr.convergences.motion.application.SittingDetails;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;

/**
 * The secretariat's hand on a sitting before it starts: edit it, convene another like it, or cancel it with a reason
 * (members already convened are told), after a confirmation. Everyone sees why a cancelled sitting was cancelled.
 */
class SittingDraftPanel extends Div {

    SittingDraftPanel(SittingService sittings, Actor actor, SittingDetails page, StatusMessage status) {
        setId("sitting-draft-panel");
        Sitting sitting = page.sitting();
        sittings.cancellation(sitting.storedId()).ifPresent(reason -> {
            Paragraph shown = new Paragraph(getTranslation("motion.sitting.cancelled.shown", reason));
            shown.setId("sitting-cancelled-reason");
            add(shown);
        });
        if (!page.canConvene()) {
            return;
        }
        String form = "conseils/" + page.councilSlug() + "/seances";
        Anchor duplicate = new Anchor(form + "?dupliquer=" + sitting.id(), getTranslation("motion.sitting.duplicate"));
        duplicate.setId("sitting-duplicate");
        if (sitting.status() != Sitting.Status.CONVENED || page.started()) {
            add(new Paragraph(duplicate));
            return;
        }
        Anchor edit = new Anchor(form + "?modifier=" + sitting.id(), getTranslation("motion.sitting.edit"));
        edit.setId("sitting-edit");
        TextField reason = new TextField(getTranslation("motion.sitting.cancel.reasonLabel"));
        reason.setMaxLength(SittingService.CANCEL_REASON_MAX_LENGTH);
        reason.setId("sitting-cancel-reason");
        String consequence = sitting.convocationSentAt() == null
                ? "motion.confirm.cancelSitting.text"
                : "motion.confirm.cancelSitting.textConvened";
        Button cancel = new Button(
                getTranslation("motion.sitting.cancel"),
                click -> Confirmation.ask(
                        getTranslation("motion.confirm.cancelSitting.header"),
                        getTranslation(consequence),
                        getTranslation("motion.sitting.cancel"),
                        getTranslation("motion.confirm.cancel"),
                        "confirm-sitting-cancel",
                        () -> {
                            try {
                                sittings.cancel(actor, sitting.storedId(), reason.getValue());
                                Confirmation.show(getTranslation("motion.sitting.cancelled.done"));
                                UI.getCurrent().getPage().reload();
                            } catch (UserFacingException refusal) {
                                status.error(refusal);
                            }
                        }));
        cancel.setId("sitting-cancel");
        Div cancelling = new Div(reason, cancel);
        cancelling.addClassName("narrow-form");
        add(new Paragraph(edit), new Paragraph(duplicate), cancelling);
    }
}
