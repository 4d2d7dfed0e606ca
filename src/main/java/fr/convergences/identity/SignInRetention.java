package fr.convergences.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases, every night, the identity records that name a person and serve only for a while: sign-in attempts (an
 * e-mail address and an IP address, needed only for the throttle's window and for investigating an attack), and
 * confirmation or password-reset links once expired. Idempotent, and safe on several nodes (plain deletes).
 */
@Singleton
public class SignInRetention implements RetentionRule.Source {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRetention.class);

    private final LoginAttemptStore loginAttempts;
    private final AccountTokenStore accountTokens;
    private final Duration attempts;
    private final Duration tokens;
    private final Clock clock;

    public SignInRetention(
            LoginAttemptStore loginAttempts,
            AccountTokenStore accountTokens,
            @Value("${convergences.login.attempt-retention:30d}") Duration attempts,
            @Value("${convergences.login.expired-link-retention:7d}") Duration tokens,
            Clock clock) {
        this.loginAttempts = loginAttempts;
        this.accountTokens = accountTokens;
        this.attempts = attempts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(cron = "0 45 3 * * *", zoneId = "Europe/Paris")
    void nightly() {
        int erased = erase(clock.instant());
        if (erased > 0) {
            LOG.info("Sign-in records erased: {}", erased);
        }
    }

    /** Erases what is past its retention at {@code now}; returns how many rows. */
    @Transactional
    public int erase(Instant now) {
        return loginAttempts.eraseBefore(now.minus(attempts)) + accountTokens.eraseExpiredBefore(now.minus(tokens));
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule("identity.retention.signInAttempts", attempts.toDays()),
                new RetentionRule("identity.retention.expiredLinks", tokens.toDays()));
    }
}
