package fr.convergences.identity.oidc;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/**
 * The one step between a first sign-in through the identity provider and the account: the participation charter, to
 * accept as on the sign-up form. Declining, or leaving, creates nothing: the provider's claims lived only in this
 * browser's session, and declining removes them.
 */
@Route(OidcCharterView.ROUTE)
@Prototype
public class OidcCharterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "connexion/charte";

    private final ExternalSignIn externalSignIn;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Checkbox charter = new Checkbox();
    private final Button accept = new Button();
    private final Button decline = new Button();

    public OidcCharterView(ExternalSignIn externalSignIn, CurrentUser currentUser) {
        this.externalSignIn = externalSignIn;
        this.currentUser = currentUser;
        addClassName("narrow-form");
        status.setId("oidc-charter-status");
        charter.setLabel(getTranslation("identity.signup.charter"));
        charter.setId("oidc-charter");
        accept.setText(getTranslation("identity.signup.submit"));
        accept.setId("oidc-charter-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true); // one account even if clicked twice
        accept.addClickListener(click -> accept());
        decline.setText(getTranslation("identity.oidc.charter.decline"));
        decline.setId("oidc-charter-decline");
        decline.addClickListener(click -> decline());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ExternalSignIn.FirstSignIn first = VaadinSession.getCurrent().getAttribute(ExternalSignIn.FirstSignIn.class);
        if (first == null) {
            status.error(getTranslation("identity.oidc.invalid"));
            add(
                    new H1(getTranslation("identity.oidc.charter.title")),
                    status,
                    new Anchor("connexion", getTranslation("identity.oidc.retry")));
            return;
        }
        // The charter's route belongs to moderation, to the right of identity: named by its address, as sign-up does.
        Anchor charterLink = new Anchor("charte-de-participation", getTranslation("identity.signup.charterLink"));
        charterLink.setTarget("_blank");
        add(
                new H1(getTranslation("identity.oidc.charter.title")),
                new Paragraph(getTranslation("identity.oidc.charter.intro")),
                status,
                new Paragraph(charterLink),
                charter,
                new Div(accept, decline));
    }

    private void accept() {
        VaadinSession session = VaadinSession.getCurrent();
        ExternalSignIn.FirstSignIn first = session.getAttribute(ExternalSignIn.FirstSignIn.class);
        if (first == null) { // declined or used in another tab meanwhile
            UI.getCurrent().getPage().setLocation("/" + ROUTE);
            return;
        }
        try {
            switch (externalSignIn.createAccount(
                    first, charter.getValue(), UI.getCurrent().getLocale())) {
                case ExternalSignIn.Outcome.SignedIn signedIn -> {
                    session.setAttribute(ExternalSignIn.FirstSignIn.class, null);
                    currentUser.startSession(signedIn.accountId());
                    UI.getCurrent().getPage().setLocation(first.returnPath().isEmpty() ? "/" : first.returnPath());
                }
                case ExternalSignIn.Outcome.Refused refused -> {
                    session.setAttribute(ExternalSignIn.FirstSignIn.class, null);
                    showOnly(getTranslation("identity.login.suspended"), false);
                }
                case ExternalSignIn.Outcome.CharterFirst notYet ->
                    throw new IllegalStateException("an account was just created");
            }
        } catch (UserFacingException refusal) {
            if (refusal.messageKey().equals("identity.oidc.charter.expired")) {
                session.setAttribute(ExternalSignIn.FirstSignIn.class, null);
                showOnly(getTranslation(refusal.messageKey()), false);
                return;
            }
            status.error(refusal);
            accept.setEnabled(true);
        }
    }

    private void decline() {
        VaadinSession.getCurrent().setAttribute(ExternalSignIn.FirstSignIn.class, null);
        showOnly(getTranslation("identity.oidc.charter.declined"), true);
    }

    private void showOnly(String text, boolean success) {
        removeAll();
        StatusMessage done = new StatusMessage();
        done.setId("oidc-charter-status");
        if (success) {
            done.success(text);
        } else {
            done.error(text);
        }
        add(
                new H1(getTranslation("identity.oidc.charter.title")),
                done,
                new Anchor("connexion", getTranslation("identity.oidc.retry")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.oidc.charter.title") + " · " + getTranslation("app.name");
    }
}
