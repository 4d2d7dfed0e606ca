package fr.convergences.identity.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The OpenID Connect authorisation-code flow with PKCE, through Nimbus (the reference Java SDK):
 * provider discovery, the authorisation request, the code exchange and the ID token's validation
 * (signature against the provider's keys, issuer, audience, expiry, nonce). Enabled by
 * configuration alone ({@code convergences.oidc.*}); the provider is any compliant one.
 */
@Singleton
@Requires(property = "convergences.oidc.enabled", value = "true")
public class OidcClient {

    /** What the browser session keeps between leaving for the provider and coming back. */
    public record PendingLogin(String state, String nonce, String codeVerifier, String returnPath)
            implements Serializable {}

    /** The person as the provider vouches for them (kept in the browser session while a first sign-in shows the charter). */
    public record VerifiedClaims(
            String issuer,
            String subject,
            @Nullable String email,
            boolean emailVerified,
            @Nullable String name) implements Serializable {}

    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret clientSecret;
    private final Scope scope;
    private final String label;
    /** Null until the first sign-in asks the provider for it. */
    private volatile @Nullable OIDCProviderMetadata metadata;

    public OidcClient(
            @Value("${convergences.oidc.issuer}") String issuer,
            @Value("${convergences.oidc.client-id}") String clientId,
            @Value("${convergences.oidc.client-secret:}") String clientSecret,
            @Value("${convergences.oidc.scopes:openid email profile}") String scopes,
            @Value("${convergences.oidc.label:FranceConnect}") String label) {
        this.issuer = new Issuer(issuer);
        this.clientId = new ClientID(clientId);
        this.clientSecret = new Secret(clientSecret);
        this.scope = Scope.parse(scopes);
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The provider's address to send the browser to, and what to remember until it comes back. */
    public Start start(URI redirectUri, String returnPath) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI uri = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE), scope, clientId, redirectUri)
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(uri, new PendingLogin(state.getValue(), nonce.getValue(), verifier.getValue(), returnPath));
    }

    public record Start(URI authorizationUri, PendingLogin pending) {}

    /** Exchanges the code and validates the ID token; any failure is an {@link OidcException}. */
    public VerifiedClaims complete(String code, URI redirectUri, PendingLogin pending) {
        try {
            TokenRequest request = new TokenRequest(
                    metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(clientId, clientSecret),
                    new AuthorizationCodeGrant(
                            new AuthorizationCode(code), redirectUri, new CodeVerifier(pending.codeVerifier())),
                    scope);
            TokenResponse response =
                    OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new OidcException(
                        "token request refused: " + response.toErrorResponse().getErrorObject());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            IDTokenValidator validator = new IDTokenValidator(
                    issuer, clientId, algorithm(), metadata().getJWKSetURI().toURL());
            IDTokenClaimsSet claims =
                    validator.validate(tokens.getOIDCTokens().getIDToken(), new Nonce(pending.nonce()));
            Object verified = claims.getClaim("email_verified");
            return new VerifiedClaims(
                    issuer.getValue(),
                    claims.getSubject().getValue(),
                    claims.getStringClaim("email"),
                    Boolean.TRUE.equals(verified) || "true".equals(verified),
                    claims.getStringClaim("name"));
        } catch (OidcException e) {
            throw e;
        } catch (Exception e) {
            throw new OidcException("sign-in with the identity provider failed: " + e.getMessage(), e);
        }
    }

    private JWSAlgorithm algorithm() {
        var supported = metadata().getIDTokenJWSAlgs();
        return supported == null || supported.isEmpty() || supported.contains(JWSAlgorithm.RS256)
                ? JWSAlgorithm.RS256
                : supported.getFirst();
    }

    /** Discovered once, on first use, so that a provider down at start-up does not stop the platform. */
    private OIDCProviderMetadata metadata() {
        OIDCProviderMetadata known = metadata;
        if (known == null) {
            synchronized (this) {
                known = metadata;
                if (known == null) {
                    try {
                        known = OIDCProviderMetadata.resolve(issuer);
                    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
                        throw new OidcException(
                                "the identity provider " + issuer + " cannot be reached: " + e.getMessage(), e);
                    }
                    metadata = known;
                }
            }
        }
        return known;
    }

    /** A failed OpenID Connect step; the person sees a plain message, the details go to the log. */
    public static class OidcException extends RuntimeException {
        OidcException(String message) {
            super(message);
        }

        OidcException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
