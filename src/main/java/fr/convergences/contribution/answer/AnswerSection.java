package fr.convergences.contribution.answer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/** The council's official answer on a contribution's page, and the answer form for council admins. */
public class AnswerSection extends Div {

    public AnswerSection(AnswerService answers, Actor actor, long contributionId, StatusMessage status) {
        setId("official-answer");
        add(new H2(getTranslation("contribution.answer.title")));
        answers.answerTo(contributionId)
                .ifPresentOrElse(
                        official -> add(
                                new Paragraph(getTranslation("contribution.answer.status."
                                        + official.status().name())),
                                new Paragraph(official.text())),
                        () -> add(new Paragraph(getTranslation("contribution.answer.none"))));
        if (answers.canAnswer(actor, contributionId)) {
            add(new AnswerForm(answers, actor, contributionId, status));
        }
    }
}
