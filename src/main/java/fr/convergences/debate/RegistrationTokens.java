package fr.convergences.debate;

import fr.convergences.base.security.SecretTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The links e-mailed to people registered without an account: one confirms the registration, the other cancels
 * it. Made by {@link SecretTokens}; only their hash is stored, so a copy of the table confirms or cancels nothing.
 */
@Singleton
public class RegistrationTokens {

    public enum Purpose { CONFIRM, CANCEL }

    private final JdbcOperations jdbc;

    RegistrationTokens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the registration; the raw value goes into the link and is never stored. */
    String issue(long registrationId, Purpose purpose, Instant expiresAt) {
        String token = SecretTokens.newToken();
        jdbc.prepareStatement("INSERT INTO debate_registration_token (token_hash, registration_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, SecretTokens.hash(token));
                    statement.setLong(2, registrationId);
                    statement.setString(3, purpose.name());
                    statement.setTimestamp(4, Timestamp.from(expiresAt));
                    return statement.executeUpdate();
                });
        return token;
    }

    /** Uses the token up: its registration when it exists, has this purpose, and is unexpired and unused (once only). */
    public Optional<Long> consume(String token, Purpose purpose, Instant now) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("""
                UPDATE debate_registration_token SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING registration_id""", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, SecretTokens.hash(token));
            statement.setString(3, purpose.name());
            statement.setTimestamp(4, Timestamp.from(now));
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }
}
