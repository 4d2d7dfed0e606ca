package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId PARIS = DigestSchedule.PARIS;

    @Test
    void a_run_after_seven_sends_what_was_notified_up_to_seven_this_morning() {
        assertThat(DigestSchedule.lastSending(Instant.parse("2026-12-07T09:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
    }

    @Test
    void a_run_before_seven_is_still_on_yesterdays_digest() {
        assertThat(DigestSchedule.lastSending(Instant.parse("2026-12-07T05:59:59Z"), PARIS))
                .isEqualTo(Instant.parse("2026-12-06T06:00:00Z"));
    }

    @Test
    void the_run_at_seven_sharp_sends_the_days_digest() {
        assertThat(DigestSchedule.lastSending(Instant.parse("2026-12-07T06:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
    }

    @Test
    void seven_is_local_time_in_summer_too() {
        assertThat(DigestSchedule.lastSending(Instant.parse("2026-07-01T12:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-07-01T05:00:00Z"));
    }
}
