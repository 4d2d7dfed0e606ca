package fr.convergences.identity.oidc;

import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.ExternalSignInProvider;
import fr.convergences.identity.RateLimited;
import fr.convergences.identity.RateLimits;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;

/** The login page's OpenID Connect button: starts the flow that {@link OidcCallbackView} completes. */
@Singleton
@Requires(property = "convergences.oidc.enabled", value = "true")
class OidcSignIn implements ExternalSignInProvider {

    private final OidcClient client;
    private final PublicUrl publicUrl;
    private final RateLimits rateLimits;

    OidcSignIn(OidcClient client, PublicUrl publicUrl, RateLimits rateLimits) {
        this.client = client;
        this.publicUrl = publicUrl;
        this.rateLimits = rateLimits;
    }

    @Override
    public String label() {
        return client.label();
    }

    @Override
    public String start(String returnPath) {
        // Counted per client address, before anything is prepared: a script cannot make us hammer the provider.
        rateLimits.requireFromClient(RateLimited.OPENID_SIGN_IN);
        OidcClient.Start start = client.start(URI.create(publicUrl.of(OidcCallbackView.PATH)), returnPath);
        VaadinSession.getCurrent().setAttribute(OidcClient.PendingLogin.class, start.pending());
        return start.authorizationUri().toString();
    }
}
