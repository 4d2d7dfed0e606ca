package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.SittingMinutesService;
import java.time.ZoneId;

/**
 * The sitting's minutes on its page: once validated, the PDF and who signed it, for everyone; before, for the secretariat
 * of a closed sitting, the button that validates and publishes them (after a confirmation: it cannot be undone) and
 * the draft they would validate, to read first.
 */
class SittingMinutesPanel extends Div {

    SittingMinutesPanel(SittingMinutesService minutes, Actor actor, long sittingId, ZoneId zone, StatusMessage status) {
        setId("sitting-minutes");
        SittingMinutesService.State state = minutes.state(actor, sittingId);
        if (state.validation().isEmpty() && !state.canValidate()) {
            return;
        }
        add(new H2(getTranslation("motion.sittingMinutes.heading")));
        state.validation()
                .ifPresentOrElse(
                        validation -> {
                            Anchor pdf = new Anchor(
                                    "api/sittings/" + sittingId + "/minutes.pdf",
                                    getTranslation("motion.sittingMinutes.link"));
                            pdf.setRouterIgnore(true);
                            pdf.setId("sitting-minutes-pdf");
                            Paragraph signed = new Paragraph(getTranslation(
                                    "motion.sittingMinutes.signed",
                                    validation.name(),
                                    Messages.moment(validation.at().atZone(zone), getLocale())));
                            signed.setId("sitting-minutes-signed");
                            add(new Paragraph(pdf), signed);
                        },
                        () -> {
                            Button validate = new Button(
                                    getTranslation("motion.sittingMinutes.validate"),
                                    click -> Confirmation.ask(
                                            getTranslation("motion.sittingMinutes.confirm.header"),
                                            getTranslation("motion.sittingMinutes.confirm.text"),
                                            getTranslation("motion.sittingMinutes.validate"),
                                            getTranslation("motion.confirm.cancel"),
                                            "confirm-minutes-validate",
                                            () -> {
                                                try {
                                                    minutes.validate(actor, sittingId);
                                                    Confirmation.show(getTranslation("motion.sittingMinutes.done"));
                                                    UI.getCurrent().getPage().reload();
                                                } catch (UserFacingException refusal) {
                                                    status.error(refusal);
                                                }
                                            }));
                            validate.setId("sitting-minutes-validate");
                            add(
                                    new Paragraph(getTranslation("motion.sittingMinutes.pending")),
                                    validate,
                                    new SittingMinutesPreview(minutes.draft(actor, sittingId)));
                        });
    }
}
