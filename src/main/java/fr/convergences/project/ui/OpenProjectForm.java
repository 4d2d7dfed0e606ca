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
import fr.convergences.project.HealthProject;
import fr.convergences.project.ProjectService;
import fr.convergences.project.ProjectVersion;

/** Opens the council's projet with its title and the summary of its first draft. */
class OpenProjectForm extends Div {

    OpenProjectForm(ProjectService projects, Actor actor, long councilId, StatusMessage status) {
        addClassName("narrow-form");
        TextField title = new TextField(getTranslation("project.admin.projectTitle"));
        title.setMaxLength(HealthProject.TITLE_MAX_LENGTH);
        title.setId("project-title");
        TextArea summary = new TextArea(getTranslation("project.admin.summary"));
        summary.setMaxLength(ProjectVersion.SUMMARY_MAX_LENGTH);
        summary.setId("project-summary");
        Button open = new Button(getTranslation("project.admin.open"), click -> {
            try {
                projects.open(actor, councilId, title.getValue(), summary.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        open.setId("project-open");
        add(new H2(getTranslation("project.admin.open")), title, summary, open);
    }
}
