package fr.convergences.territory.council;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.role.CouncilRoleService;

/** Appointing the council's moderators and debate organisers, by the e-mail address of their account. */
class RolesPanel extends Div {

    RolesPanel(CouncilRoleService roles, Actor actor, long councilId) {
        addClassName("narrow-form");
        EmailField email = new EmailField(getTranslation("identity.field.email"));
        email.setId("role-email");
        Select<CouncilRole> role = new Select<>();
        role.setLabel(getTranslation("territory.roles.role"));
        role.setItems(CouncilRole.MODERATOR, CouncilRole.DEBATE_ORGANISER);
        role.setItemLabelGenerator(value -> getTranslation("territory.roles." + value.name()));
        role.setValue(CouncilRole.MODERATOR);
        role.setId("role-choice");
        StatusMessage status = new StatusMessage();
        Button grant = new Button(getTranslation("territory.roles.grant"), event -> {
            try {
                roles.grantByEmail(actor, councilId, email.getValue(), role.getValue());
                status.success(getTranslation("territory.roles.granted"));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        grant.setId("role-grant");
        add(status, email, role, grant);
    }
}
