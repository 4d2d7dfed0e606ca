package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelayPolicyTest {

    @Test
    void the_first_few_failures_cost_no_wait() {
        assertThat(LoginDelayPolicy.delayAfter(0)).isZero();
        assertThat(LoginDelayPolicy.delayAfter(4)).isZero();
    }

    @Test
    void each_further_failure_doubles_the_wait() {
        assertThat(LoginDelayPolicy.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginDelayPolicy.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginDelayPolicy.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void the_wait_never_exceeds_a_minute_however_many_failures() {
        assertThat(LoginDelayPolicy.delayAfter(11)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginDelayPolicy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
