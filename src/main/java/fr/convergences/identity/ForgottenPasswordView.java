package fr.convergences.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import io.micronaut.context.annotation.Prototype;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Route("mot-de-passe-oublie")
@Prototype
public class ForgottenPasswordView extends Div implements HasDynamicTitle {

    public ForgottenPasswordView(AccountService accountService) {
        addClassName("narrow-form");
        EmailField email = new EmailField(getTranslation("identity.field.email"));
        email.setId("forgotten-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        StatusMessage status = new StatusMessage();
        status.setId("forgotten-status");
        Button submit = new Button(getTranslation("identity.forgotten.submit"), event -> {
            try {
                accountService.requestPasswordReset(email.getValue());
                status.success(getTranslation("identity.forgotten.sent"));
            } catch (UserFacingException refusal) {
                status.error(refusal); // too many requests from this browser: said, whatever the address
            }
        });
        submit.setId("forgotten-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("identity.forgotten.title")), status, email, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.forgotten.title") + " · " + getTranslation("app.name");
    }
}
