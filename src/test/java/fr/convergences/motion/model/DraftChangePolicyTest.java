package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftChangePolicyTest {

    @Test
    void a_draft_or_a_published_motion_without_a_vote_can_be_cancelled() {
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.DRAFT, false, false))
                .isEmpty();
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.PUBLISHED, false, false))
                .isEmpty();
    }

    @Test
    void a_motion_with_a_planned_vote_or_a_decision_cannot_be_cancelled() {
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.PUBLISHED, true, false))
                .contains("motion.cancel.voted");
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.ADOPTED, true, false))
                .contains("motion.cancel.voted");
    }

    @Test
    void a_motion_on_the_agenda_of_a_sitting_to_come_must_leave_it_first() {
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.PUBLISHED, false, true))
                .contains("motion.cancel.onAgenda");
    }

    @Test
    void a_cancelled_motion_is_not_cancelled_twice() {
        assertThat(DraftChangePolicy.motionCancellation(MotionStatus.CANCELLED, false, false))
                .contains("motion.cancelled.already");
    }

    @Test
    void a_sitting_is_changed_only_while_convened_before_its_start_and_before_any_vote_is_planned_in_it() {
        assertThat(DraftChangePolicy.sittingChange(Sitting.Status.CONVENED, false, false))
                .isEmpty();
        assertThat(DraftChangePolicy.sittingChange(Sitting.Status.CONVENED, true, false))
                .contains("motion.sitting.change.started");
        assertThat(DraftChangePolicy.sittingChange(Sitting.Status.CONVENED, false, true))
                .contains("motion.sitting.change.voted");
        assertThat(DraftChangePolicy.sittingChange(Sitting.Status.CLOSED, false, false))
                .contains("motion.sitting.closed");
        assertThat(DraftChangePolicy.sittingChange(Sitting.Status.CANCELLED, false, false))
                .contains("motion.sitting.cancelled.already");
    }
}
