package fr.convergences.identity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;

/** Sign-in with e-mail and password; afterwards, back to the page that asked for it. */
@Route("connexion")
@Prototype
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String RETURN_PARAMETER = "retour";

    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final StatusMessage status = new StatusMessage();
    private String returnPath = "";

    private final Optional<ExternalSignInProvider> external;

    public LoginView(
            AccountService accountService, CurrentUser currentUser, Optional<ExternalSignInProvider> external) {
        this.external = external;
        this.accountService = accountService;
        this.currentUser = currentUser;
        addClassName("narrow-form");
        email.setLabel(getTranslation("identity.field.email"));
        email.setId("login-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("identity.field.password"));
        password.setId("login-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Button submit = new Button(getTranslation("identity.login.submit"), event -> signIn());
        submit.setId("login-submit");
        status.setId("login-status");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Div links = new Div(
                new Anchor("inscription", getTranslation("identity.login.toSignUp")),
                new Anchor("mot-de-passe-oublie", getTranslation("identity.login.forgotten")));
        links.addClassName("form-links");
        add(new H1(getTranslation("identity.login.title")), status);
        external.ifPresent(provider -> {
            Button button = new Button(
                    getTranslation("identity.login.external", provider.label()), event -> signInWith(provider));
            button.setId("login-oidc");
            add(button, new Paragraph(getTranslation("identity.login.or")));
        });
        add(email, password, submit, links);
    }

    private void signIn() {
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        switch (accountService.login(email.getValue(), password.getValue(), address)) {
            case LoginOutcome.SignedIn signedIn -> {
                currentUser.startSession(signedIn.accountId());
                UI.getCurrent().getPage().setLocation(returnPath.isEmpty() ? "/" : returnPath);
            }
            case LoginOutcome.Refused refused -> {
                password.clear();
                status.error(getTranslation(refused.messageKey()));
            }
            case LoginOutcome.Throttled throttled ->
                status.error(getTranslation("identity.login.throttled", throttled.minutes()));
            case LoginOutcome.Delayed delayed ->
                status.error(getTranslation("identity.login.delayed", delayed.seconds()));
        }
    }

    /** Leaves for the identity provider, which sends the person back to complete the sign-in. */
    private void signInWith(ExternalSignInProvider provider) {
        try {
            UI.getCurrent().getPage().setLocation(provider.start(returnPath));
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnPath = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(RETURN_PARAMETER)
                .filter(LoginView::isLocalPath)
                .orElse("");
    }

    /**
     * Only paths of this site: "//evil.example" or "https://…" would make the login an open redirect, and so would
     * "/\t/evil.example", since browsers drop tabs and line breaks from addresses. No whitespace or control character.
     */
    static boolean isLocalPath(String path) {
        return path.startsWith("/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && !path.contains(":")
                && path.chars()
                        .noneMatch(c ->
                                Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.title") + " · " + getTranslation("app.name");
    }
}
