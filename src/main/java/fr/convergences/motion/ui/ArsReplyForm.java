package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.motion.model.ArsReplyKind;
import java.time.LocalDate;
import java.time.ZoneId;

/** The secretariat adds one reply of the agency to the register: its date, what it says (accepted, partly, refused, none) and its text. */
class ArsReplyForm extends Div {

    ArsReplyForm(ArsFollowUpService followUp, Actor actor, long motionId, ZoneId zone, StatusMessage status) {
        addClassName("narrow-form");
        DatePicker receivedOn = new DatePicker(getTranslation("motion.followUp.replyOn"));
        receivedOn.setValue(LocalDate.now(zone));
        receivedOn.setId("ars-reply-on");
        RadioButtonGroup<ArsReplyKind> kind = new RadioButtonGroup<>(getTranslation("motion.followUp.replyKind"));
        kind.setItems(ArsReplyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("motion.followUp.kind." + value.name()));
        kind.setId("ars-reply-kind");
        TextArea text = new TextArea(getTranslation("motion.followUp.reply"));
        text.setMaxLength(ArsReply.TEXT_MAX_LENGTH);
        text.setId("ars-reply");
        Button save = new Button(getTranslation("motion.followUp.saveReply"), click -> {
            try {
                followUp.recordReply(actor, motionId, receivedOn.getValue(), kind.getValue(), text.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("ars-save");
        add(receivedOn, kind, text, save);
    }
}
