package fr.convergences.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import io.micronaut.context.annotation.Prototype;

/** The page behind the link of the password-reset e-mail. */
@Route("nouveau-mot-de-passe")
@Prototype
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private String token = "";

    public ResetPasswordView(AccountService accountService) {
        addClassName("narrow-form");
        PasswordField password = new PasswordField(getTranslation("identity.field.newPassword"));
        password.setHelperText(getTranslation("identity.field.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("reset-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        StatusMessage status = new StatusMessage();
        status.setId("reset-status");
        Button submit = new Button(getTranslation("identity.reset.submit"));
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(event -> {
            try {
                accountService.resetPassword(token, password.getValue());
                removeAll();
                status.success(getTranslation("identity.reset.done"));
                add(
                        new H1(getTranslation("identity.reset.title")),
                        status,
                        new Anchor("connexion", getTranslation("identity.login.title")));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add(new H1(getTranslation("identity.reset.title")), status, password, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("jeton")
                .orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.reset.title") + " · " + getTranslation("app.name");
    }
}
