package fr.convergences.territory.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/** The form to register an organisation; it then awaits the platform's verification. */
class OrganisationRegistration extends Div {

    OrganisationRegistration(OrganisationService organisations, Actor actor) {
        addClassName("narrow-form");
        TextField name = new TextField(getTranslation("territory.organisation.field.name"));
        name.setId("organisation-name");
        name.setMaxLength(Organisation.NAME_MAX_LENGTH);
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel(getTranslation("territory.organisation.field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("territory.organisation.kind." + value.name()));
        kind.setId("organisation-kind");
        Checkbox approved = new Checkbox(getTranslation("territory.organisation.field.approved"));
        approved.setId("organisation-approved");
        TextField approvalNumber = new TextField(getTranslation("territory.organisation.field.approvalNumber"));
        approvalNumber.setId("organisation-approval-number");
        StatusMessage status = new StatusMessage();
        Button register = new Button(getTranslation("territory.organisation.register"), event -> {
            try {
                organisations.register(
                        actor,
                        new OrganisationForm(
                                name.getValue(),
                                kind.getValue(),
                                approved.getValue(),
                                approvalNumber.getValue(),
                                null));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        register.setId("organisation-register");
        add(status, name, kind, approved, approvalNumber, register);
    }
}
