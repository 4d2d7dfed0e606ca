package fr.convergences.identity.oidc;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the identity provider sends the person back: the sign-in completes here, or says why not. */
@Route("oidc/callback")
@Prototype
public class OidcCallbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "/oidc/callback";
    private static final Logger LOG = LoggerFactory.getLogger(OidcCallbackView.class);

    private final Optional<OidcClient> oidc;
    private final ExternalSignIn externalSignIn;
    private final CurrentUser currentUser;
    private final PublicUrl publicUrl;

    public OidcCallbackView(
            Optional<OidcClient> oidc, ExternalSignIn externalSignIn, CurrentUser currentUser, PublicUrl publicUrl) {
        this.oidc = oidc;
        this.externalSignIn = externalSignIn;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        VaadinSession session = VaadinSession.getCurrent();
        OidcClient.PendingLogin pending = session.getAttribute(OidcClient.PendingLogin.class);
        session.setAttribute(OidcClient.PendingLogin.class, null); // one use only
        String state = parameters.getSingleParameter("state").orElse("");
        String code = parameters.getSingleParameter("code").orElse("");
        if (oidc.isEmpty() || pending == null || !pending.state().equals(state) || code.isEmpty()) {
            // No pending sign-in from this browser, or a forged state: refuse (this is what stops login CSRF).
            fail("identity.oidc.invalid");
            return;
        }
        try {
            OidcClient.VerifiedClaims claims = oidc.get().complete(code, URI.create(publicUrl.of(PATH)), pending);
            switch (externalSignIn.signIn(claims)) {
                case ExternalSignIn.Outcome.SignedIn signedIn -> {
                    currentUser.startSession(signedIn.accountId());
                    UI.getCurrent().getPage().setLocation(pending.returnPath().isEmpty() ? "/" : pending.returnPath());
                }
                case ExternalSignIn.Outcome.Refused refused -> fail("identity.login.suspended");
                case ExternalSignIn.Outcome.CharterFirst first -> {
                    // No account yet: the claims wait in this browser's session, and only there, for the charter.
                    session.setAttribute(
                            ExternalSignIn.FirstSignIn.class, externalSignIn.pending(claims, pending.returnPath()));
                    event.forwardTo(OidcCharterView.class);
                }
            }
        } catch (OidcClient.OidcException e) {
            LOG.warn("OpenID Connect sign-in failed: {}", e.getMessage());
            fail("identity.oidc.failed");
        }
    }

    private void fail(String messageKey) {
        StatusMessage message = new StatusMessage();
        message.setId("oidc-status");
        message.error(getTranslation(messageKey));
        add(
                new H1(getTranslation("identity.login.title")),
                message,
                new Anchor("connexion", getTranslation("identity.oidc.retry")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.title") + " · " + getTranslation("app.name");
    }
}
