package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.project.ActionForm;
import fr.convergences.project.ActionService;
import fr.convergences.project.Axis;
import fr.convergences.project.ProjectAction;
import fr.convergences.project.ProjectDetails;
import fr.convergences.territory.organisation.Organisation;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Creates an action in an axis: what, who carries it and with whom, where, when, and its budget if known. */
class ActionCreateForm extends Div {

    ActionCreateForm(
            ActionService actions,
            Actor actor,
            ProjectDetails page,
            Map<String, String> communes,
            StatusMessage status) {
        addClassName("narrow-form");
        Select<Axis> axis = new Select<>();
        axis.setLabel(getTranslation("project.admin.actionAxis"));
        axis.setItems(
                page.axes().stream().map(ProjectDetails.AxisWithActions::axis).toList());
        axis.setItemLabelGenerator(Axis::title);
        axis.setValue(page.axes().getFirst().axis());
        axis.setId("action-axis");
        TextField title = new TextField(getTranslation("project.admin.actionTitle"));
        title.setMaxLength(ProjectAction.TITLE_MAX_LENGTH);
        title.setId("action-title");
        TextArea description = new TextArea(getTranslation("project.admin.actionDescription"));
        description.setMaxLength(ProjectAction.DESCRIPTION_MAX_LENGTH);
        description.setId("action-description");
        Select<Organisation> owner = new Select<>();
        owner.setLabel(getTranslation("project.admin.actionOwner"));
        owner.setItems(actions.organisations());
        owner.setItemLabelGenerator(Organisation::name);
        owner.setId("action-owner");
        MultiSelectComboBox<Organisation> partners =
                new MultiSelectComboBox<>(getTranslation("project.admin.actionPartners"));
        partners.setItems(actions.organisations());
        partners.setItemLabelGenerator(Organisation::name);
        partners.setId("action-partners");
        MultiSelectComboBox<String> places = new MultiSelectComboBox<>(getTranslation("project.admin.actionCommunes"));
        places.setItems(communes.keySet());
        places.setItemLabelGenerator(code -> communes.get(code));
        places.setId("action-communes");
        DatePicker starts = new DatePicker(getTranslation("project.admin.actionStarts"), LocalDate.now());
        starts.setId("action-starts");
        DatePicker due = new DatePicker(
                getTranslation("project.admin.actionDue"), LocalDate.now().plusYears(1));
        due.setId("action-due");
        IntegerField budget = new IntegerField(getTranslation("project.admin.actionBudget"));
        budget.setMin(0);
        budget.setId("action-budget");
        Button create = new Button(getTranslation("project.admin.addAction"), click -> {
            try {
                actions.create(
                        actor,
                        axis.getValue() == null
                                ? -1
                                : StoredId.of(axis.getValue().id()),
                        new ActionForm(
                                title.getValue(),
                                description.getValue(),
                                owner.getValue() == null
                                        ? null
                                        : owner.getValue().id(),
                                partners.getValue().stream()
                                        .map(Organisation::id)
                                        .collect(Collectors.toSet()),
                                places.getValue(),
                                starts.getValue(),
                                due.getValue(),
                                budget.getValue() == null
                                        ? null
                                        : budget.getValue().longValue()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        create.setId("action-create");
        add(
                new H2(getTranslation("project.admin.action")),
                axis,
                title,
                description,
                owner,
                partners,
                places,
                starts,
                due,
                budget,
                create);
    }
}
