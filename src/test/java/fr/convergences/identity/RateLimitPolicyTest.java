package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final RateLimitPolicy.Limit THREE_AN_HOUR = RateLimitPolicy.Limit.parse("3/1h");

    @Test
    void under_the_limit_the_action_is_allowed() {
        assertThat(RateLimitPolicy.wait(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), THREE_AN_HOUR, NOW))
                .isEmpty();
    }

    @Test
    void at_the_limit_the_wait_lasts_until_the_oldest_counted_action_leaves_the_window() {
        List<Instant> recent =
                List.of(NOW.minus(Duration.ofMinutes(50)), NOW.minus(Duration.ofMinutes(20)), NOW.minusSeconds(10));
        assertThat(RateLimitPolicy.wait(recent, THREE_AN_HOUR, NOW)).contains(Duration.ofMinutes(10));
    }

    @Test
    void actions_older_than_the_window_do_not_count() {
        List<Instant> recent =
                List.of(NOW.minus(Duration.ofMinutes(61)), NOW.minus(Duration.ofMinutes(20)), NOW.minusSeconds(10));
        assertThat(RateLimitPolicy.wait(recent, THREE_AN_HOUR, NOW)).isEmpty();
    }

    @Test
    void a_limit_is_written_as_a_count_per_duration() {
        assertThat(RateLimitPolicy.Limit.parse("20/1h")).isEqualTo(new RateLimitPolicy.Limit(20, Duration.ofHours(1)));
        assertThat(RateLimitPolicy.Limit.parse(" 5 / 10m "))
                .isEqualTo(new RateLimitPolicy.Limit(5, Duration.ofMinutes(10)));
        assertThatThrownBy(() -> RateLimitPolicy.Limit.parse("vingt par heure"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
