package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.MotionService;

/** Declared interests (public, as in the minutes) and, for members, the declaration that recuses them from the vote. */
class InterestPanel extends Div {

    InterestPanel(MotionService motions, Actor actor, MotionDetails page, StatusMessage status) {
        setId("interests");
        if (page.interests().isEmpty() && !page.canDeclareInterest()) {
            return;
        }
        add(new H2(getTranslation("motion.interest.heading")));
        UnorderedList list = new UnorderedList();
        page.interests()
                .forEach(interest -> list.add(new ListItem(interest.personName() + " — " + interest.statement())));
        add(page.interests().isEmpty() ? new Paragraph(getTranslation("motion.interest.none")) : list);
        if (page.canDeclareInterest()) {
            TextArea statement = new TextArea(getTranslation("motion.interest.field"));
            statement.setMaxLength(MotionService.STATEMENT_MAX_LENGTH);
            statement.setHelperText(getTranslation("motion.interest.help"));
            statement.setId("interest-statement");
            Button declare = new Button(getTranslation("motion.interest.declare"), click -> {
                try {
                    motions.declareInterest(actor, page.motion().storedId(), statement.getValue());
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            declare.setId("interest-declare");
            Div form = new Div(statement, declare);
            form.addClassName("narrow-form");
            add(form);
        }
    }
}
