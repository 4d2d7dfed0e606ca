package fr.convergences.project.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.project.ActionStatus;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {

    @Test
    void people_are_told_when_an_action_starts() {
        assertThat(FollowUpPolicy.momentOf(ActionStatus.IN_PROGRESS)).contains("started");
    }

    @Test
    void people_are_told_when_an_action_is_done() {
        assertThat(FollowUpPolicy.momentOf(ActionStatus.DONE)).contains("done");
    }

    @Test
    void people_are_told_when_an_action_is_abandoned_too() {
        assertThat(FollowUpPolicy.momentOf(ActionStatus.ABANDONED)).contains("abandoned");
    }

    @Test
    void a_planned_action_tells_nobody() {
        assertThat(FollowUpPolicy.momentOf(ActionStatus.PLANNED)).isEmpty();
    }
}
