package fr.convergences.debate;

import fr.convergences.base.security.SecretTokens;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * The links e-mailed to people registered without an account: one confirms the registration, the other cancels
 * it. Made by {@link SecretTokens}; only their hash is stored, so a copy of the table confirms or cancels nothing.
 */
@Singleton
public class RegistrationTokens {

    public enum Purpose {
        CONFIRM,
        CANCEL
    }

    private final RegistrationTokenStore store;

    RegistrationTokens(RegistrationTokenStore store) {
        this.store = store;
    }

    /** A new token for the registration; the raw value goes into the link and is never stored. */
    String issue(long registrationId, Purpose purpose, Instant expiresAt) {
        String token = SecretTokens.newToken();
        store.insert(SecretTokens.hash(token), registrationId, purpose, expiresAt);
        return token;
    }

    /** Uses the token up: its registration when it exists, has this purpose, and is unexpired and unused (once only). */
    public Optional<Long> consume(String token, Purpose purpose, Instant now) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return store.useUp(SecretTokens.hash(token), purpose, now);
    }
}
