package fr.convergences.identity;

import fr.convergences.base.security.SecretTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time tokens sent by e-mail (address confirmation, password reset), made by {@link SecretTokens}:
 * the database keeps only their hash, so a copy of the table opens no account.
 */
@Singleton
public class AccountTokens {

    public enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

    private final JdbcOperations jdbc;
    private final Clock clock;

    public AccountTokens(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a token and returns the raw value to put in the link; it is never stored. */
    @Transactional
    public String issue(long accountId, Purpose purpose, Duration validity) {
        String token = SecretTokens.newToken();
        jdbc.prepareStatement("INSERT INTO account_token (token_hash, account_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, sha256(token));
                    statement.setLong(2, accountId);
                    statement.setString(3, purpose.name());
                    statement.setTimestamp(4, Timestamp.from(clock.instant().plus(validity)));
                    return statement.executeUpdate();
                });
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
        Instant now = clock.instant();
        return jdbc.prepareStatement("""
                UPDATE account_token SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING account_id""", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, sha256(token));
            statement.setString(3, purpose.name());
            statement.setTimestamp(4, Timestamp.from(now));
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    static String sha256(String value) {
        return SecretTokens.hash(value);
    }
}
