package fr.convergences.identity;

import fr.convergences.base.security.SecretTokens;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One-time tokens sent by e-mail (address confirmation, password reset), made by {@link SecretTokens}:
 * the database keeps only their hash, so a copy of the table opens no account.
 */
@Singleton
public class AccountTokens {

    public enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD
    }

    private final AccountTokenStore store;
    private final Clock clock;

    AccountTokens(AccountTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Issues a token and returns the raw value to put in the link; it is never stored. */
    @Transactional
    public String issue(long accountId, Purpose purpose, Duration validity) {
        String token = SecretTokens.newToken();
        store.insert(sha256(token), accountId, purpose, clock.instant().plus(validity));
        return token;
    }

    /**
     * Uses up a token: returns its account when the token exists, has this purpose, is unexpired
     * and unused. The update is conditional, so two clicks on the same link succeed only once.
     */
    @Transactional
    public Optional<Long> consume(String token, Purpose purpose) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return store.useUp(sha256(token), purpose, clock.instant());
    }

    static String sha256(String value) {
        return SecretTokens.hash(value);
    }
}
