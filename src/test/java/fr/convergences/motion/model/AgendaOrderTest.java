package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaOrderTest {

    private static AgendaPoint point(String title, Integer rank) {
        return new AgendaPoint(AgendaPoint.Kind.INFORMATION, title, rank);
    }

    private static List<String> shown(List<AgendaOrder.Line> lines) {
        return lines.stream()
                .map(line -> line.motionId() != null
                        ? "motion " + line.motionId()
                        : line.point().title())
                .toList();
    }

    @Test
    void a_point_takes_its_rank_among_the_motions_which_keep_their_order() {
        assertThat(shown(AgendaOrder.merge(List.of(7L, 3L, 9L), List.of(point("ARS", 1), point("Audition", 3)))))
                .containsExactly("ARS", "motion 7", "Audition", "motion 3", "motion 9");
    }

    @Test
    void a_point_without_a_rank_or_ranked_past_the_end_comes_after_the_motions() {
        assertThat(shown(AgendaOrder.merge(List.of(7L), List.of(point("Questions", null), point("Loin", 40)))))
                .containsExactly("motion 7", "Loin", "Questions");
    }

    @Test
    void two_points_asking_for_one_rank_follow_each_other_in_the_order_given() {
        assertThat(shown(AgendaOrder.merge(List.of(7L, 3L), List.of(point("A", 2), point("B", 2)))))
                .containsExactly("motion 7", "A", "B", "motion 3");
    }

    @Test
    void an_agenda_read_back_with_its_positions_as_ranks_keeps_its_order() {
        List<AgendaOrder.Line> first = AgendaOrder.merge(List.of(1L, 2L), List.of(point("X", 2), point("Y", null)));
        List<AgendaPoint> readBack = List.of(point("X", 2), point("Y", 4));
        assertThat(shown(AgendaOrder.merge(List.of(1L, 2L), readBack))).isEqualTo(shown(first));
    }
}
