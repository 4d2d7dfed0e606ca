package fr.convergences.territory.council;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.List;

/** The council's colleges: the CTS defaults in one click, or one by one; deleting an empty one. */
class CollegesPanel extends Div {

    private final StatusMessage status = new StatusMessage();

    CollegesPanel(CollegeService colleges, Actor actor, long councilId) {
        List<College> existing = colleges.colleges(councilId);
        add(status);
        UnorderedList list = new UnorderedList();
        list.setId("colleges");
        for (College college : existing) {
            Button delete = new Button(
                    getTranslation("territory.college.delete"),
                    event -> act(() -> colleges.delete(actor, college.storedId())));
            delete.setAriaLabel(getTranslation("territory.college.deleteWhich", college.name()));
            list.add(new ListItem(
                    new Span(getTranslation("territory.college.line", college.name(), college.seats()) + " "), delete));
        }
        add(list);
        if (existing.isEmpty()) {
            Button defaults = new Button(
                    getTranslation("territory.college.defaults"),
                    event -> act(() -> colleges.createDefaults(actor, councilId)));
            defaults.setId("colleges-defaults");
            add(defaults);
        }
        Div form = new Div();
        form.addClassName("narrow-form");
        TextField name = new TextField(getTranslation("territory.college.field.name"));
        name.setId("college-name");
        name.setMaxLength(College.NAME_MAX_LENGTH);
        IntegerField seats = new IntegerField(getTranslation("territory.college.field.seats"));
        seats.setId("college-seats");
        seats.setMin(1);
        seats.setMax(College.MAX_SEATS);
        Button create = new Button(
                getTranslation("territory.college.create"),
                event -> act(() -> colleges.create(
                        actor, councilId, name.getValue(), null, seats.getValue() == null ? 0 : seats.getValue())));
        create.setId("college-create");
        form.add(name, seats, create);
        add(form);
    }

    private void act(Runnable useCase) {
        try {
            useCase.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
