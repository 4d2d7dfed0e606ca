package fr.convergences.identity;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** The account_token table's one persistence class. Only tokens' hashes are stored (see {@link AccountTokens}). */
@Singleton
class AccountTokenStore {

    private final Sql sql;

    AccountTokenStore(Sql sql) {
        this.sql = sql;
    }

    void insert(String tokenHash, long accountId, AccountTokens.Purpose purpose, Instant expiresAt) {
        sql.update("INSERT INTO account_token (token_hash, account_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, accountId, purpose, expiresAt);
    }

    /** Marks the token used if it is unused and unexpired, and returns its account; one statement, so it succeeds once. */
    Optional<Long> useUp(String tokenHash, AccountTokens.Purpose purpose, Instant now) {
        return sql.one("""
                UPDATE account_token SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING account_id""", row -> row.getLong(1), now, tokenHash, purpose, now);
    }

    int eraseExpiredBefore(Instant cutoff) {
        return sql.update("DELETE FROM account_token WHERE expires_at < ?", cutoff);
    }
}
