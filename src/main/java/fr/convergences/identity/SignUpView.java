package fr.convergences.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import io.micronaut.context.annotation.Prototype;

/** Creating an account: e-mail, a display name (a pseudonym is fine) and a password. */
@Route("inscription")
@Prototype
public class SignUpView extends Div implements HasDynamicTitle {

    private final AccountService accountService;
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox charter = new Checkbox();
    private final StatusMessage status = new StatusMessage();
    private final Button submit = new Button();

    public SignUpView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("narrow-form");
        email.setLabel(getTranslation("identity.field.email"));
        email.setId("signup-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        displayName.setLabel(getTranslation("identity.field.displayName"));
        displayName.setHelperText(getTranslation("identity.field.displayName.help"));
        displayName.setId("signup-display-name");
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        password.setLabel(getTranslation("identity.field.password"));
        password.setHelperText(getTranslation("identity.field.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("signup-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        charter.setLabel(getTranslation("identity.signup.charter"));
        charter.setId("signup-charter");
        // The charter's route belongs to moderation, to the right of identity: named by its address, as the footer
        // does.
        Anchor charterLink = new Anchor("charte-de-participation", getTranslation("identity.signup.charterLink"));
        charterLink.setTarget("_blank");
        submit.setText(getTranslation("identity.signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // One account even if the button is clicked twice: it stays disabled while the request runs.
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> signUp());
        add(
                new H1(getTranslation("identity.signup.title")),
                new Paragraph(getTranslation("identity.signup.intro")),
                status,
                email,
                displayName,
                password,
                new Paragraph(charterLink),
                charter,
                submit);
    }

    private void signUp() {
        try {
            // The same answer whether or not the address already had an account: its owner is told by mail.
            accountService.signUp(new SignUp(
                    email.getValue(),
                    displayName.getValue(),
                    password.getValue(),
                    UI.getCurrent().getLocale(),
                    charter.getValue()));
            removeAll();
            StatusMessage done = new StatusMessage();
            done.setId("signup-done");
            done.success(getTranslation("identity.signup.checkMail", email.getValue()));
            add(new H1(getTranslation("identity.signup.title")), done);
        } catch (UserFacingException refusal) {
            status.error(refusal);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.signup.title") + " · " + getTranslation("app.name");
    }
}
