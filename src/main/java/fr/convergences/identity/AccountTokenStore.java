package fr.convergences.identity;

import fr.convergences.base.database.OneTimeTokenTable;
import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The account_token table's one persistence class. Only tokens' hashes are stored (see {@link AccountTokens}). */
@Singleton
class AccountTokenStore {

    private final Sql sql;
    private final OneTimeTokenTable tokens;

    AccountTokenStore(Sql sql) {
        this.sql = sql;
        this.tokens = new OneTimeTokenTable(sql, "account_token", "account_id");
    }

    void insert(String tokenHash, long accountId, AccountTokens.Purpose purpose, Instant expiresAt) {
        tokens.insert(tokenHash, accountId, purpose, expiresAt);
    }

    /** Marks the token used if it is unused and unexpired, and returns its account; one statement, so it succeeds once. */
    Optional<Long> useUp(String tokenHash, AccountTokens.Purpose purpose, Instant now) {
        return tokens.useUp(tokenHash, purpose, now);
    }

    int eraseExpiredBefore(Instant cutoff) {
        return sql.update("DELETE FROM account_token WHERE expires_at < ?", cutoff);
    }
}
