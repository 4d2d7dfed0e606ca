package fr.convergences.contribution.answer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.identity.Actor;

/** For council admins: the official answer, a status and a text ("not retained" needs the reason). */
class AnswerForm extends Div {

    AnswerForm(AnswerService answers, Actor actor, long contributionId, StatusMessage status) {
        addClassName("narrow-form");
        Select<AnswerStatus> choice = new Select<>();
        choice.setLabel(getTranslation("contribution.answer.statusLabel"));
        choice.setItems(AnswerStatus.values());
        choice.setItemLabelGenerator(value -> getTranslation("contribution.answer.status." + value.name()));
        choice.setValue(AnswerStatus.RECEIVED);
        choice.setId("answer-status");
        TextArea text = new TextArea(getTranslation("contribution.answer.textLabel"));
        text.setMaxLength(OfficialAnswer.TEXT_MAX_LENGTH);
        text.setId("answer-text");
        Button publish = new Button(getTranslation("contribution.answer.publish"), click -> {
            try {
                answers.answer(actor, contributionId, choice.getValue(), text.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        publish.setId("answer-publish");
        add(choice, text, publish);
    }
}
