package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablingPolicyTest {

    @Test
    void a_member_with_a_deliberative_voice_tables_a_motion() {
        assertThat(TablingPolicy.problem(true, true, null, false)).isEmpty();
    }

    @Test
    void someone_without_a_mandate_in_office_tables_nothing() {
        assertThat(TablingPolicy.problem(false, false, null, false)).contains("motion.table.notMember");
    }

    @Test
    void a_qualified_person_with_a_consultative_voice_is_told_why_they_do_not_table() {
        assertThat(TablingPolicy.problem(true, false, null, false)).contains("motion.table.consultative");
    }

    @Test
    void an_amendment_is_to_a_published_motion_not_yet_put_to_the_vote() {
        assertThat(TablingPolicy.problem(true, true, MotionStatus.PUBLISHED, false))
                .isEmpty();
        assertThat(TablingPolicy.problem(true, true, MotionStatus.PUBLISHED, true))
                .contains("motion.table.amendClosed");
        assertThat(TablingPolicy.problem(true, true, MotionStatus.ADOPTED, true))
                .contains("motion.table.amendClosed");
        assertThat(TablingPolicy.problem(true, true, MotionStatus.CANCELLED, false))
                .contains("motion.table.amendClosed");
    }
}
