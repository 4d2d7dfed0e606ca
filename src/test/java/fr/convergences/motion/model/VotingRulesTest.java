package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The counting rules, one nested class per named policy. */
class VotingRulesTest {

    @Nested
    class Quorum {
        @Test
        void half_of_the_electorate_present_or_represented_reaches_the_usual_quorum() {
            assertThat(QuorumPolicy.reached(QuorumPolicy.Quorum.HALF, 10, 20)).isTrue();
            assertThat(QuorumPolicy.reached(QuorumPolicy.Quorum.HALF, 11, 21)).isTrue();
        }

        @Test
        void one_member_short_of_half_is_no_quorum() {
            assertThat(QuorumPolicy.reached(QuorumPolicy.Quorum.HALF, 9, 20)).isFalse();
            assertThat(QuorumPolicy.reached(QuorumPolicy.Quorum.HALF, 10, 21)).isFalse();
        }

        @Test
        void a_configured_two_thirds_quorum_is_counted_without_rounding_errors() {
            assertThat(QuorumPolicy.reached(new QuorumPolicy.Quorum(2, 3), 14, 21))
                    .isTrue();
            assertThat(QuorumPolicy.reached(new QuorumPolicy.Quorum(2, 3), 13, 21))
                    .isFalse();
        }

        @Test
        void a_reconvened_session_without_quorum_requirement_always_decides() {
            assertThat(QuorumPolicy.reached(null, 1, 21)).isTrue();
        }

        @Test
        void quorum_may_be_waived_only_to_reconvene_a_session_that_lacked_it() {
            assertThat(QuorumPolicy.mayWaiveQuorum(Outcome.NO_QUORUM)).isTrue();
            assertThat(QuorumPolicy.mayWaiveQuorum(Outcome.REJECTED)).isFalse();
            assertThat(QuorumPolicy.mayWaiveQuorum(null)).isFalse();
        }

        @Test
        void an_empty_electorate_never_reaches_a_quorum() {
            assertThat(QuorumPolicy.reached(QuorumPolicy.Quorum.HALF, 0, 0)).isFalse();
        }
    }

    @Nested
    class Majority {
        @Test
        void simple_majority_needs_more_for_than_against_and_ignores_abstentions() {
            assertThat(MajorityPolicy.decide(MajorityRule.SIMPLE, 3, 2, 40)).isEqualTo(MajorityPolicy.Decision.ADOPTED);
            assertThat(MajorityPolicy.decide(MajorityRule.SIMPLE, 2, 3, 40))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
        }

        @Test
        void an_equal_split_under_simple_majority_is_a_tie() {
            assertThat(MajorityPolicy.decide(MajorityRule.SIMPLE, 4, 4, 40)).isEqualTo(MajorityPolicy.Decision.TIE);
        }

        @Test
        void no_vote_cast_at_all_is_a_rejection_not_a_tie() {
            assertThat(MajorityPolicy.decide(MajorityRule.SIMPLE, 0, 0, 40))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
        }

        @Test
        void absolute_majority_counts_against_the_whole_electorate() {
            assertThat(MajorityPolicy.decide(MajorityRule.ABSOLUTE, 11, 0, 21))
                    .isEqualTo(MajorityPolicy.Decision.ADOPTED);
            assertThat(MajorityPolicy.decide(MajorityRule.ABSOLUTE, 10, 0, 21))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
            assertThat(MajorityPolicy.decide(MajorityRule.ABSOLUTE, 10, 0, 20))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
        }

        @Test
        void two_thirds_majority_is_reached_at_exactly_two_thirds_of_votes_cast() {
            assertThat(MajorityPolicy.decide(MajorityRule.TWO_THIRDS, 10, 5, 40))
                    .isEqualTo(MajorityPolicy.Decision.ADOPTED);
            assertThat(MajorityPolicy.decide(MajorityRule.TWO_THIRDS, 9, 5, 40))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
            assertThat(MajorityPolicy.decide(MajorityRule.TWO_THIRDS, 0, 0, 40))
                    .isEqualTo(MajorityPolicy.Decision.REJECTED);
        }
    }

    @Nested
    class DoubleMajority {
        @Test
        void every_college_must_give_its_own_majority() {
            Map<Long, Boolean> met = DoubleMajorityPolicy.byCollege(
                    MajorityRule.SIMPLE, Map.of(1L, new int[] {5, 1}, 2L, new int[] {1, 2}), Map.of(1L, 6, 2L, 3));
            assertThat(met).containsEntry(1L, true).containsEntry(2L, false);
            assertThat(DoubleMajorityPolicy.everyCollege(met)).isFalse();
        }

        @Test
        void a_college_that_cast_no_vote_gives_no_majority() {
            Map<Long, Boolean> met = DoubleMajorityPolicy.byCollege(
                    MajorityRule.SIMPLE, Map.of(1L, new int[] {5, 1}), Map.of(1L, 6, 2L, 3));
            assertThat(met).containsEntry(2L, false);
        }

        @Test
        void a_tie_within_a_college_is_no_majority_there() {
            Map<Long, Boolean> met =
                    DoubleMajorityPolicy.byCollege(MajorityRule.SIMPLE, Map.of(1L, new int[] {2, 2}), Map.of(1L, 6));
            assertThat(DoubleMajorityPolicy.everyCollege(met)).isFalse();
        }
    }

    @Nested
    class Tie {
        private final BallotChoice presidentFor = new BallotChoice.ForAgainst(Vote.FOR);

        @Test
        void a_tie_is_rejected_when_the_rule_says_so_whatever_the_president_voted() {
            assertThat(TiePolicy.adoptedOnTie(TieRule.REJECTED, presidentFor)).isFalse();
        }

        @Test
        void the_presidents_casting_vote_for_adopts_a_tied_motion() {
            assertThat(TiePolicy.adoptedOnTie(TieRule.CASTING_VOTE, presidentFor))
                    .isTrue();
            assertThat(TiePolicy.adoptedOnTie(TieRule.CASTING_VOTE, new BallotChoice.ForAgainst(Vote.AGAINST)))
                    .isFalse();
        }

        @Test
        void a_president_who_did_not_vote_settles_nothing() {
            assertThat(TiePolicy.adoptedOnTie(TieRule.CASTING_VOTE, null)).isFalse();
            assertThat(TiePolicy.optionOnTie(TieRule.CASTING_VOTE, List.of(1L, 2L), null))
                    .isEmpty();
        }

        @Test
        void between_tied_options_the_casting_vote_picks_the_presidents_preferred_one() {
            assertThat(TiePolicy.optionOnTie(
                            TieRule.CASTING_VOTE, List.of(1L, 2L), new BallotChoice.Ranking(List.of(3L, 2L, 1L))))
                    .contains(2L);
            assertThat(TiePolicy.optionOnTie(
                            TieRule.CASTING_VOTE, List.of(1L, 2L), new BallotChoice.Approval(List.of(1L, 3L))))
                    .contains(1L);
            assertThat(TiePolicy.optionOnTie(
                            TieRule.CASTING_VOTE, List.of(1L, 2L), new BallotChoice.Approval(List.of(1L, 2L))))
                    .isEmpty();
        }

        @Test
        void the_casting_vote_is_refused_for_secret_ballots() {
            assertThat(TiePolicy.allowed(TieRule.CASTING_VOTE, BallotKind.SECRET))
                    .isFalse();
            assertThat(TiePolicy.allowed(TieRule.CASTING_VOTE, BallotKind.ROLL_CALL))
                    .isTrue();
            assertThat(TiePolicy.allowed(TieRule.REJECTED, BallotKind.SECRET)).isTrue();
        }
    }

    @Nested
    class Approval {
        @Test
        void the_option_with_most_approvals_wins() {
            ApprovalCount.Result result = ApprovalCount.count(
                    List.of(1L, 2L, 3L),
                    List.of(
                            new BallotChoice.Approval(List.of(1L, 2L)),
                            new BallotChoice.Approval(List.of(2L)),
                            new BallotChoice.Approval(List.of(3L, 2L))));
            assertThat(result.approvals()).containsExactly(1, 3, 1);
            assertThat(result.winners()).containsExactly(2L);
        }

        @Test
        void equal_approvals_leave_several_winners_for_the_tie_rule() {
            ApprovalCount.Result result = ApprovalCount.count(
                    List.of(1L, 2L),
                    List.of(new BallotChoice.Approval(List.of(1L)), new BallotChoice.Approval(List.of(2L))));
            assertThat(result.winners()).containsExactly(1L, 2L);
        }

        @Test
        void only_blank_ballots_choose_no_option() {
            assertThat(ApprovalCount.count(List.of(1L, 2L), List.of(new BallotChoice.Approval(List.of())))
                            .winners())
                    .isEmpty();
        }

        @Test
        void an_approval_of_an_unknown_option_is_refused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> ApprovalBallotPolicy.approval(List.of(9L), List.of(1L, 2L)))
                    .hasMessageContaining("motion.ballot.unknownOption");
        }
    }
}
