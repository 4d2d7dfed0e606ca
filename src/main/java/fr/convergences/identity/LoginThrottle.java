package fr.convergences.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after too many failures in the window, for one account or from one
 * address, further attempts are refused without even checking the password. Attempts are stored in
 * the database so that a restart does not reset the count.
 */
@Singleton
public class LoginThrottle {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(JdbcOperations jdbc, Clock clock,
                         @Value("${convergences.login.max-failures:10}") int maxFailures,
                         @Value("${convergences.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isBlocked(String email, String address) {
        Instant since = clock.instant().minus(window);
        return failures("lower(email) = lower(?)", email, since) >= maxFailures
                || failures("address = ?", address, since) >= maxFailures;
    }

    public Duration window() {
        return window;
    }

    public void record(String email, String address, boolean succeeded) {
        jdbc.prepareStatement("INSERT INTO login_attempt (email, address, succeeded, attempted_at) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, truncate(email, 254));
                    statement.setString(2, truncate(address, 64));
                    statement.setBoolean(3, succeeded);
                    statement.setTimestamp(4, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
    }

    private int failures(String condition, String value, Instant since) {
        return jdbc.prepareStatement("SELECT count(*) FROM login_attempt WHERE NOT succeeded AND attempted_at > ? AND " + condition,
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(since));
                    statement.setString(2, value == null ? "" : value);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getInt(1);
                    }
                });
    }

    private static String truncate(String value, int max) {
        String safe = value == null ? "" : value;
        return safe.length() <= max ? safe : safe.substring(0, max);
    }
}
