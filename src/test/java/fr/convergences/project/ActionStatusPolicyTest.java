package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionStatusPolicyTest {

    @Test
    void a_planned_action_may_start_or_be_done_directly() {
        assertThat(ActionStatusPolicy.problem(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, null))
                .isEmpty();
        assertThat(ActionStatusPolicy.problem(ActionStatus.PLANNED, ActionStatus.DONE, null))
                .isEmpty();
    }

    @Test
    void abandoning_needs_a_reason_that_is_not_blank() {
        assertThat(ActionStatusPolicy.problem(ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED, null))
                .contains("project.action.reason.required");
        assertThat(ActionStatusPolicy.problem(ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED, " "))
                .contains("project.action.reason.required");
        assertThat(ActionStatusPolicy.problem(ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED, "Plus de financement"))
                .isEmpty();
    }

    @Test
    void only_abandoning_carries_a_reason() {
        assertThat(ActionStatusPolicy.problem(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, "Parce que"))
                .contains("project.action.reason.abandonOnly");
    }

    @Test
    void done_and_abandoned_actions_never_change_again() {
        assertThat(ActionStatusPolicy.problem(ActionStatus.DONE, ActionStatus.IN_PROGRESS, null))
                .contains("project.action.status.final");
        assertThat(ActionStatusPolicy.problem(ActionStatus.ABANDONED, ActionStatus.DONE, null))
                .contains("project.action.status.final");
    }

    @Test
    void a_started_action_never_goes_back_to_planned_nor_stays_where_it_is() {
        assertThat(ActionStatusPolicy.problem(ActionStatus.IN_PROGRESS, ActionStatus.PLANNED, null))
                .contains("project.action.status.backToPlanned");
        assertThat(ActionStatusPolicy.problem(ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, null))
                .contains("project.action.status.unchanged");
    }
}
