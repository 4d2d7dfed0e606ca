package fr.convergences.debate;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** The debate_registration_token table's one persistence class. Only tokens' hashes are stored (see {@link RegistrationTokens}). */
@Singleton
class RegistrationTokenStore {

    private final Sql sql;

    RegistrationTokenStore(Sql sql) {
        this.sql = sql;
    }

    void insert(String tokenHash, long registrationId, RegistrationTokens.Purpose purpose, Instant expiresAt) {
        sql.update("INSERT INTO debate_registration_token (token_hash, registration_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, registrationId, purpose, expiresAt);
    }

    /** Marks the token used if it is unused and unexpired, and returns its registration; one statement, so it succeeds once. */
    Optional<Long> useUp(String tokenHash, RegistrationTokens.Purpose purpose, Instant now) {
        return sql.one("""
                UPDATE debate_registration_token SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING registration_id""", row -> row.getLong(1), now, tokenHash, purpose, now);
    }
}
