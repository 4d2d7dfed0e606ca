/**
 * Signing in through an external OpenID Connect provider (FranceConnect or an agency's own): the authorisation-code
 * flow with PKCE, and the link between the provider's subject and a local account.
 */
@NullMarked
package fr.convergences.identity.oidc;

import org.jspecify.annotations.NullMarked;
