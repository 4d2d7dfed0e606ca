package fr.convergences.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing without locking anyone out. Per account, a progressive delay ({@link LoginDelayPolicy}:
 * at most a minute), so that a stranger's wrong passwords can never keep the owner out. Per client address (the
 * browser's, as told by a trusted proxy only: see {@code TrustedProxies}), a hard limit of failures in the window,
 * which stops one machine trying many accounts. Refused attempts are answered without checking the password. Attempts
 * are stored in the database, so that a restart does not reset the count and every node sees the same.
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

    /** True when the address had too many failures in the window (whatever the accounts tried). */
    public boolean isBlocked(String address) {
        return failures("address = ?", address, clock.instant().minus(window)) >= maxFailures;
    }

    /** How long the account's next attempt must still wait (zero when it may try now). */
    public Duration accountWait(String email) {
        Instant now = clock.instant();
        Object[] recent = jdbc.prepareStatement("SELECT count(*), max(attempted_at) FROM login_attempt "
                        + "WHERE NOT succeeded AND attempted_at > ? AND lower(email) = lower(?)",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(now.minus(window)));
                    statement.setString(2, email == null ? "" : email);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return new Object[] {rows.getInt(1), rows.getTimestamp(2)};
                    }
                });
        int failures = (Integer) recent[0];
        if (failures == 0) {
            return Duration.ZERO;
        }
        Instant until = ((Timestamp) recent[1]).toInstant().plus(LoginDelayPolicy.delayAfter(failures));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
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
