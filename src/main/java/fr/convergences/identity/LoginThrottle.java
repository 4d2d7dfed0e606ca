package fr.convergences.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing without locking anyone out. Per account, a progressive delay ({@link LoginDelayPolicy}:
 * at most a minute), so that a stranger's wrong passwords can never keep the owner out. Per client address (the
 * browser's, as told by a trusted proxy only: see {@code TrustedProxies}), a hard limit of failures in the window,
 * which stops one machine trying many accounts. Refused attempts are answered without checking the password. Attempts
 * are stored in the database, so that a restart does not reset the count and every node sees the same.
 */
@Singleton
public class LoginThrottle {

    private final LoginAttemptStore attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(
            LoginAttemptStore attempts,
            Clock clock,
            @Value("${convergences.login.max-failures:10}") int maxFailures,
            @Value("${convergences.login.window:15m}") Duration window) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True when the address had too many failures in the window (whatever the accounts tried). */
    public boolean isBlocked(String address) {
        return attempts.failuresFromAddress(
                        address == null ? "" : address, clock.instant().minus(window))
                >= maxFailures;
    }

    /** How long the account's next attempt must still wait (zero when it may try now). */
    public Duration accountWait(@Nullable String email) {
        Instant now = clock.instant();
        LoginAttemptStore.RecentFailures recent =
                attempts.failuresOfAccount(email == null ? "" : email, now.minus(window));
        Instant last = recent.last();
        if (recent.count() == 0 || last == null) {
            return Duration.ZERO;
        }
        Instant until = last.plus(LoginDelayPolicy.delayAfter(recent.count()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public Duration window() {
        return window;
    }

    public void record(@Nullable String email, @Nullable String address, boolean succeeded) {
        attempts.record(truncate(email, 254), truncate(address, 64), succeeded, clock.instant());
    }

    private static String truncate(@Nullable String value, int max) {
        String safe = value == null ? "" : value;
        return safe.length() <= max ? safe : safe.substring(0, max);
    }
}
