package fr.convergences.identity;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.web.ClientAddress;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks and counts a rate-limited action, in the caller's transaction: a refused action throws (a clear message
 * saying in how many minutes to try again) before anything is written, and an action whose transaction rolls back
 * is not counted. The subject is the signed-in account, or the client address for a visitor (a request served
 * behind a trusted proxy gives the browser's address, see {@link ClientAddress}); outside a web request a visitor's
 * action (a command, a test) has no address and is not limited. Limits are settings
 * ({@code convergences.rate-limit.contribution=20/1h}, ...); {@code convergences.rate-limit.enabled=false} turns
 * them all off (the test suite does, except where it tests them).
 */
@Singleton
public class RateLimits {

    private final RateLimitStore store;
    private final ClientAddress client;
    private final Clock clock;
    private final boolean enabled;
    private final Map<RateLimited, RateLimitPolicy.Limit> limits = new EnumMap<>(RateLimited.class);

    RateLimits(
            RateLimitStore store,
            ClientAddress client,
            Clock clock,
            Environment environment,
            @Value("${convergences.rate-limit.enabled:true}") boolean enabled) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.enabled = enabled;
        for (RateLimited kind : RateLimited.values()) {
            limits.put(
                    kind,
                    RateLimitPolicy.Limit.parse(environment
                            .getProperty("convergences.rate-limit." + kind.setting(), String.class)
                            .orElse(kind.defaultLimit())));
        }
    }

    /** Counts the action for the signed-in account, or for the visitor's address; refuses it past the limit. */
    @Transactional
    public void require(RateLimited kind, Actor actor) {
        if (actor.isAuthenticated()) {
            requireFor(kind, "account:" + actor.accountId());
        } else {
            requireFromClient(kind);
        }
    }

    /** Counts the action for the client address of the current request (sign-ups, reset requests). */
    @Transactional
    public void requireFromClient(RateLimited kind) {
        Optional<String> address = client.current();
        if (address.isPresent()) {
            requireFor(kind, "address:" + address.get());
        }
    }

    /** Counts the action for an explicit subject, such as the e-mail address a reset mail goes to. */
    @Transactional
    public void requireFor(RateLimited kind, String subject) {
        if (!enabled) {
            return;
        }
        RateLimitPolicy.Limit limit =
                Objects.requireNonNull(limits.get(kind), "the constructor parsed a limit for every kind");
        Instant now = clock.instant();
        String key = subject.toLowerCase(Locale.ROOT);
        Optional<Duration> wait = RateLimitPolicy.wait(store.recent(kind, key, now.minus(limit.per())), limit, now);
        if (wait.isPresent()) {
            throw new UserFacingException(
                    "identity.rateLimit.refused", Math.max(1, (wait.get().toSeconds() + 59) / 60));
        }
        store.record(kind, key, now);
    }
}
