package fr.convergences.debate;

import fr.convergences.base.database.OneTimeTokenTable;
import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The debate_registration_token table's one persistence class. Only tokens' hashes are stored (see {@link RegistrationTokens}). */
@Singleton
class RegistrationTokenStore {

    private final OneTimeTokenTable tokens;

    RegistrationTokenStore(Sql sql) {
        this.tokens = new OneTimeTokenTable(sql, "debate_registration_token", "registration_id");
    }

    void insert(String tokenHash, long registrationId, RegistrationTokens.Purpose purpose, Instant expiresAt) {
        tokens.insert(tokenHash, registrationId, purpose, expiresAt);
    }

    /** Marks the token used if it is unused and unexpired, and returns its registration; one statement, so it succeeds once. */
    Optional<Long> useUp(String tokenHash, RegistrationTokens.Purpose purpose, Instant now) {
        return tokens.useUp(tokenHash, purpose, now);
    }
}
