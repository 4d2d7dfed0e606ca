package fr.convergences.identity.oidc;

import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.ExternalSignInProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.net.URI;

/** The login page's OpenID Connect button: starts the flow that {@link OidcCallbackView} completes. */
@Singleton
@Requires(property = "convergences.oidc.enabled", value = "true")
class OidcSignIn implements ExternalSignInProvider {

    private final OidcClient client;
    private final PublicUrl publicUrl;

    OidcSignIn(OidcClient client, PublicUrl publicUrl) {
        this.client = client;
        this.publicUrl = publicUrl;
    }

    @Override
    public String label() {
        return client.label();
    }

    @Override
    public String start(String returnPath) {
        OidcClient.Start start = client.start(URI.create(publicUrl.of(OidcCallbackView.PATH)), returnPath);
        VaadinSession.getCurrent().setAttribute(OidcClient.PendingLogin.class, start.pending());
        return start.authorizationUri().toString();
    }
}
