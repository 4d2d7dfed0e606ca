package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchulzeMethodTest {

    private static final List<Long> ABCDE = List.of(1L, 2L, 3L, 4L, 5L);

    /** The classic 45-voter example of the method's literature: A..E are options 1..5. */
    private static List<BallotChoice.Ranking> classicElection() {
        List<BallotChoice.Ranking> ballots = new ArrayList<>();
        add(ballots, 5, "ACBED");
        add(ballots, 5, "ADECB");
        add(ballots, 8, "BEDAC");
        add(ballots, 3, "CABED");
        add(ballots, 7, "CAEBD");
        add(ballots, 2, "CBADE");
        add(ballots, 7, "DCEBA");
        add(ballots, 8, "EBADC");
        return ballots;
    }

    private static void add(List<BallotChoice.Ranking> ballots, int times, String order) {
        List<Long> ids = order.chars().mapToObj(c -> (long) (c - 'A' + 1)).toList();
        for (int i = 0; i < times; i++) {
            ballots.add(new BallotChoice.Ranking(ids));
        }
    }

    @Test
    void the_classic_example_elects_e_with_the_known_pairwise_table() {
        SchulzeMethod.Result result = SchulzeMethod.count(ABCDE, classicElection());
        assertThat(result.pairwise()[0]).containsExactly(0, 20, 26, 30, 22);
        assertThat(result.pairwise()[4]).containsExactly(23, 27, 21, 31, 0);
        assertThat(result.strongestPaths()[4]).containsExactly(25, 28, 28, 31, 0);
        assertThat(result.winners()).containsExactly(5L);
    }

    @Test
    void a_condorcet_winner_always_wins() {
        List<BallotChoice.Ranking> ballots = new ArrayList<>();
        add(ballots, 4, "BAC");
        add(ballots, 3, "ABC");
        add(ballots, 2, "CBA");
        assertThat(SchulzeMethod.count(List.of(1L, 2L, 3L), ballots).winners()).containsExactly(2L);
    }

    @Test
    void ranked_options_beat_unranked_ones_which_tie_among_themselves() {
        SchulzeMethod.Result result =
                SchulzeMethod.count(List.of(1L, 2L, 3L), List.of(new BallotChoice.Ranking(List.of(3L))));
        assertThat(result.pairwise()[2]).containsExactly(1, 1, 0);
        assertThat(result.pairwise()[0][1]).isZero();
        assertThat(result.winners()).containsExactly(3L);
    }

    @Test
    void a_perfect_cycle_is_a_tie_between_all_options() {
        List<BallotChoice.Ranking> ballots = new ArrayList<>();
        add(ballots, 1, "ABC");
        add(ballots, 1, "BCA");
        add(ballots, 1, "CAB");
        assertThat(SchulzeMethod.count(List.of(1L, 2L, 3L), ballots).winners()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void blank_ballots_elect_nobody() {
        assertThat(SchulzeMethod.count(List.of(1L, 2L), List.of(new BallotChoice.Ranking(List.of())))
                        .winners())
                .isEmpty();
    }

    @Test
    void a_ranked_ballot_giving_two_options_the_same_rank_is_refused() {
        assertThatThrownBy(() -> RankedBallotPolicy.ranking(Map.of(1L, 1, 2L, 1), List.of(1L, 2L, 3L)))
                .hasMessageContaining("motion.ballot.ranked.duplicate");
    }

    @Test
    void a_ranked_ballot_is_ordered_by_its_ranks() {
        assertThat(RankedBallotPolicy.ranking(Map.of(1L, 3, 2L, 1, 3L, 2), List.of(1L, 2L, 3L))
                        .order())
                .containsExactly(2L, 3L, 1L);
    }

    @Test
    void a_rank_beyond_the_number_of_options_is_refused() {
        assertThatThrownBy(() -> RankedBallotPolicy.ranking(Map.of(1L, 4), List.of(1L, 2L, 3L)))
                .hasMessageContaining("motion.ballot.ranked.outOfRange");
    }

    @Test
    void ballots_keep_one_text_form_through_storage() {
        assertThat(BallotChoice.parse(VotingMethod.RANKED, "R:5>3>7"))
                .isEqualTo(new BallotChoice.Ranking(List.of(5L, 3L, 7L)));
        assertThat(new BallotChoice.Approval(List.of(5L, 3L, 5L)).encode()).isEqualTo("A:3,5");
        assertThat(BallotChoice.parse(VotingMethod.APPROVAL, "A:").isBlank()).isTrue();
        assertThat(BallotChoice.parse(VotingMethod.FOR_AGAINST, "ABSTAIN").isBlank())
                .isTrue();
        assertThatThrownBy(() -> BallotChoice.parse(VotingMethod.FOR_AGAINST, "MAYBE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
