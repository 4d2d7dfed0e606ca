package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SittingTimePolicyTest {

    private static final Instant START = Instant.parse("2026-12-14T13:00:00Z");

    @Test
    void a_vote_in_a_sitting_opens_once_the_sitting_has_started_and_not_a_second_before() {
        assertThat(SittingTimePolicy.voteOpening(Sitting.Status.CONVENED, START, START.minusSeconds(1)))
                .contains("motion.sitting.time.voteBeforeStart");
        assertThat(SittingTimePolicy.voteOpening(Sitting.Status.CONVENED, START, START))
                .isEmpty();
        assertThat(SittingTimePolicy.voteOpening(Sitting.Status.CONVENED, START, START.plusSeconds(3_600)))
                .isEmpty();
    }

    @Test
    void no_vote_opens_in_a_closed_or_cancelled_sitting() {
        assertThat(SittingTimePolicy.voteOpening(Sitting.Status.CLOSED, START, START.plusSeconds(60)))
                .contains("motion.sitting.closed");
        assertThat(SittingTimePolicy.voteOpening(Sitting.Status.CANCELLED, START, START.plusSeconds(60)))
                .contains("motion.sitting.cancelled.already");
    }

    @Test
    void a_vote_planned_to_open_or_close_by_itself_is_planned_within_the_sittings_time() {
        assertThat(SittingTimePolicy.plannedWindow(START, null, null)).isEmpty();
        assertThat(SittingTimePolicy.plannedWindow(START, START, START.plusSeconds(1_800)))
                .isEmpty();
        assertThat(SittingTimePolicy.plannedWindow(START, START.minusSeconds(60), null))
                .contains("motion.sitting.time.windowBeforeStart");
        assertThat(SittingTimePolicy.plannedWindow(START, null, START))
                .contains("motion.sitting.time.windowBeforeStart");
    }

    @Test
    void a_sitting_is_closed_only_once_it_has_started() {
        assertThat(SittingTimePolicy.sittingClosing(START, START.minusSeconds(1)))
                .contains("motion.sitting.time.closeBeforeStart");
        assertThat(SittingTimePolicy.sittingClosing(START, START)).isEmpty();
    }
}
