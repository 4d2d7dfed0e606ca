package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.project.Axis;
import fr.convergences.project.ProjectService;

/** Adds an axis (a priority) at the end of the projet. */
class AxisForm extends Div {

    AxisForm(ProjectService projects, Actor actor, long projectId, StatusMessage status) {
        addClassName("narrow-form");
        TextField title = new TextField(getTranslation("project.admin.axisTitle"));
        title.setMaxLength(Axis.TITLE_MAX_LENGTH);
        title.setId("axis-title");
        TextArea description = new TextArea(getTranslation("project.admin.axisDescription"));
        description.setMaxLength(Axis.DESCRIPTION_MAX_LENGTH);
        description.setId("axis-description");
        Button add = new Button(getTranslation("project.admin.addAxis"), click -> {
            try {
                projects.addAxis(actor, projectId, title.getValue(), description.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add.setId("axis-add");
        add(new H2(getTranslation("project.admin.axis")), title, description, add);
    }
}
