package fr.convergences.debate.organiser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.DebateStatus;
import fr.convergences.debate.DebateStore.OrganisedRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NextStepPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static OrganisedRow debate(
            DebateStatus status, Duration startsIn, boolean attendance, boolean minutes, long captured) {
        Instant start = NOW.plus(startsIn);
        return new OrganisedRow(
                1,
                "Débat",
                status,
                start,
                start.plus(Duration.ofHours(2)),
                30,
                ZoneId.of("Europe/Paris"),
                10,
                2,
                attendance,
                minutes,
                captured);
    }

    @Test
    void a_proposed_debate_waits_for_approval_and_nothing_else() {
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.PENDING, Duration.ofDays(5), false, false, 0), NOW))
                .containsExactly(NextStep.AWAIT_APPROVAL);
        assertThat(NextStep.AWAIT_APPROVAL.path(1)).isNull();
    }

    @Test
    void a_public_debate_to_come_asks_to_follow_its_registrations() {
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.PUBLISHED, Duration.ofMinutes(1), false, false, 0), NOW))
                .containsExactly(NextStep.FOLLOW_REGISTRATIONS);
        assertThat(NextStep.FOLLOW_REGISTRATIONS.path(7)).isEqualTo("debats/7/inscriptions");
    }

    @Test
    void a_debate_that_has_begun_asks_for_attendance_minutes_and_contributions_in_that_order_until_each_is_recorded() {
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.PUBLISHED, Duration.ZERO, false, false, 0), NOW))
                .containsExactly(NextStep.RECORD_ATTENDANCE, NextStep.WRITE_MINUTES, NextStep.TYPE_CONTRIBUTIONS);
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.PUBLISHED, Duration.ofDays(-3), true, false, 4), NOW))
                .containsExactly(NextStep.WRITE_MINUTES);
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.PUBLISHED, Duration.ofDays(-3), true, true, 4), NOW))
                .isEmpty();
        assertThat(NextStep.TYPE_CONTRIBUTIONS.path(7)).isEqualTo("debats/7/saisie");
    }

    @Test
    void a_cancelled_debate_asks_nothing() {
        assertThat(NextStepPolicy.stepsFor(debate(DebateStatus.CANCELLED, Duration.ofDays(-3), false, false, 0), NOW))
                .isEmpty();
    }
}
