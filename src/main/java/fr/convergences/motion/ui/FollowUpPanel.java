package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionPage;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An adopted avis's follow-up, public: when it was sent to the regional health agency and the agency's reply; the secretariat records both. */
class FollowUpPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    FollowUpPanel(MotionService motions, Actor actor, MotionPage page, StatusMessage status) {
        Motion motion = page.motion();
        if (motion.kind() != MotionKind.AVIS || motion.status() != MotionStatus.ADOPTED) {
            return;
        }
        setId("ars-follow-up");
        add(new H2(getTranslation("motion.followUp.heading")));
        Paragraph sent = new Paragraph(motion.arsSentOn() == null ? getTranslation("motion.followUp.notSent")
                : getTranslation("motion.followUp.sent", DAY.format(motion.arsSentOn())));
        sent.setId("ars-sent");
        add(sent);
        if (motion.arsReply() != null) {
            Paragraph reply = new Paragraph(getTranslation("motion.followUp.replied", DAY.format(motion.arsReplyOn()), motion.arsReply()));
            reply.setId("ars-reply-text");
            add(reply);
        }
        if (page.canFollowUp()) {
            DatePicker sentOn = new DatePicker(getTranslation("motion.followUp.sentOn"));
            sentOn.setValue(motion.arsSentOn() == null ? LocalDate.now(page.zone()) : motion.arsSentOn());
            sentOn.setId("ars-sent-on");
            TextArea reply = new TextArea(getTranslation("motion.followUp.reply"));
            reply.setMaxLength(Motion.ARS_REPLY_MAX_LENGTH);
            reply.setValue(motion.arsReply() == null ? "" : motion.arsReply());
            reply.setId("ars-reply");
            DatePicker replyOn = new DatePicker(getTranslation("motion.followUp.replyOn"));
            replyOn.setValue(motion.arsReplyOn() == null ? LocalDate.now(page.zone()) : motion.arsReplyOn());
            replyOn.setId("ars-reply-on");
            Button save = new Button(getTranslation("motion.followUp.save"), click -> {
                try {
                    boolean replied = reply.getValue() != null && !reply.getValue().isBlank();
                    motions.recordFollowUp(actor, motion.id(), sentOn.getValue(), reply.getValue(), replied ? replyOn.getValue() : null);
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            save.setId("ars-save");
            Div form = new Div(sentOn, reply, replyOn, save);
            form.addClassName("narrow-form");
            add(form);
        }
    }
}
