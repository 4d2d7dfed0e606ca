package fr.convergences.identity;

/**
 * A sign-in delegated to an outside identity provider (OpenID Connect: FranceConnect or a council's own), offered
 * beside the password on the login page. Identity owns this interface so that its login page does not depend on
 * the provider's package, which depends on identity's accounts.
 */
public interface ExternalSignInProvider {

    /** The name on the button, e.g. FranceConnect. */
    String label();

    /**
     * Prepares a sign-in in the current session (state, nonce, PKCE verifier) and returns the provider's address
     * to send the browser to; {@code returnPath} is where the person goes once signed in.
     */
    String start(String returnPath);
}
