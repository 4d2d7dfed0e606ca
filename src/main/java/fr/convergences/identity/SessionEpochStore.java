package fr.convergences.identity;

import fr.convergences.base.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The time before which an account's sessions, on any node, are no longer signed in (table
 * {@code account_session_epoch}). Sessions are kept in each node's memory; this is what a password reset or change on
 * one node leaves for the others to see.
 */
@Singleton
public class SessionEpochStore {

    private final Sql sql;

    SessionEpochStore(Sql sql) {
        this.sql = sql;
    }

    /** Every session of the account signed in before {@code now} ends, wherever it lives. */
    @Transactional
    public void endSessionsBefore(long accountId, Instant now) {
        sql.update("""
                INSERT INTO account_session_epoch (account_id, not_before) VALUES (?, ?)
                ON CONFLICT (account_id) DO UPDATE SET not_before = excluded.not_before""", accountId, Timestamp.from(now));
    }

    @Transactional(readOnly = true)
    public Optional<Instant> notBefore(long accountId) {
        return sql.one(
                "SELECT not_before FROM account_session_epoch WHERE account_id = ?",
                row -> row.getTimestamp(1).toInstant(),
                accountId);
    }
}
