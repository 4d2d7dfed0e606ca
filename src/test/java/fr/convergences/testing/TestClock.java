package fr.convergences.testing;

import fr.convergences.base.ClockFactory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock in tests: the real time, moved by an offset that a test sets and puts back. It is the real time
 * unless a test moves it, so that every other test (and the background jobs) sees the platform as it runs. A test that
 * moves it sets it back in a {@code finally}; moving it back in time is the gentler way, as nothing falls due early.
 */
@Singleton
@Replaces(value = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public static TestClock of(TestPlatform platform) {
        return platform.bean(TestClock.class);
    }

    /** The platform's time is now the real time plus {@code by} (negative: in the past). */
    public void shift(Duration by) {
        offset = by;
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
