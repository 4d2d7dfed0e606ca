package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import java.time.LocalDate;

/**
 * An adopted avis's follow-up, public, as a register: when it was sent to the regional health agency, by when a reply is
 * expected, and every reply received, oldest first; the secretariat records the sending and adds replies.
 */
class FollowUpPanel extends Div {

    FollowUpPanel(ArsFollowUpService followUp, Actor actor, MotionDetails page, StatusMessage status) {
        Motion motion = page.motion();
        if (motion.kind() != MotionKind.AVIS || motion.status() != MotionStatus.ADOPTED) {
            return;
        }
        setId("ars-follow-up");
        ArsFollowUpService.Register register = followUp.register(motion.storedId());
        add(new H2(getTranslation("motion.followUp.heading")));
        Paragraph sent = new Paragraph(
                register.sentOn() == null
                        ? getTranslation("motion.followUp.notSent")
                        : getTranslation("motion.followUp.sent", Messages.day(register.sentOn(), getLocale())));
        sent.setId("ars-sent");
        add(sent);
        if (register.replyDueOn() != null) {
            Paragraph due = new Paragraph(
                    getTranslation("motion.followUp.due", Messages.day(register.replyDueOn(), getLocale())));
            due.setId("ars-due");
            add(due);
        }
        OrderedList replies = new OrderedList();
        replies.setId("ars-replies");
        for (ArsReply reply : register.replies()) {
            ListItem item = new ListItem();
            item.setId("ars-reply-" + reply.id());
            Span heading = new Span(getTranslation(
                    "motion.followUp.entry",
                    Messages.day(reply.receivedOn(), getLocale()),
                    reply.kind() == null
                            ? getTranslation("motion.followUp.kind.unstated")
                            : getTranslation(
                                    "motion.followUp.kind." + reply.kind().name())));
            heading.addClassName("ars-reply-kind");
            item.add(heading);
            if (reply.text() != null) {
                item.add(new Paragraph(reply.text()));
            }
            replies.add(item);
        }
        if (register.replies().isEmpty() && register.sentOn() != null) {
            add(new Paragraph(getTranslation("motion.followUp.noReply")));
        } else {
            add(replies);
        }
        if (page.canFollowUp()) {
            add(sendingForm(followUp, actor, motion, register, page, status));
            if (register.sentOn() != null) {
                add(new ArsReplyForm(followUp, actor, motion.storedId(), page.zone(), status));
            }
        }
    }

    private Div sendingForm(
            ArsFollowUpService followUp,
            Actor actor,
            Motion motion,
            ArsFollowUpService.Register register,
            MotionDetails page,
            StatusMessage status) {
        DatePicker sentOn = new DatePicker(getTranslation("motion.followUp.sentOn"));
        sentOn.setValue(register.sentOn() == null ? LocalDate.now(page.zone()) : register.sentOn());
        sentOn.setId("ars-sent-on");
        DatePicker dueOn = new DatePicker(getTranslation("motion.followUp.replyDueOn"));
        // Two months is the usual delay the agency is asked to answer in; the secretariat changes it when told
        // otherwise.
        dueOn.setValue(register.replyDueOn() == null ? sentOn.getValue().plusMonths(2) : register.replyDueOn());
        dueOn.setId("ars-due-on");
        Button save = new Button(getTranslation("motion.followUp.save"), click -> {
            try {
                followUp.recordSending(actor, motion.storedId(), sentOn.getValue(), dueOn.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("ars-save-sending");
        Div form = new Div(sentOn, dueOn, save);
        form.addClassName("narrow-form");
        return form;
    }
}
