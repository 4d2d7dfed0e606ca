package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.integrity.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final Map<Long, Integer> TWO_COLLEGES = Map.of(1L, 6, 2L, 4);

    private static List<CountedBallot> votes(long college, Vote vote, int times) {
        List<CountedBallot> ballots = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            ballots.add(new CountedBallot(college, new BallotChoice.ForAgainst(vote)));
        }
        return ballots;
    }

    private static List<CountedBallot> all(List<List<CountedBallot>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    private static TallyResult count(
            VotingRules rules, int present, List<CountedBallot> ballots, BallotChoice president) {
        return Tally.count(
                new TallyInput(VotingMethod.FOR_AGAINST, rules, List.of(), TWO_COLLEGES, present, ballots, president));
    }

    @Test
    void blank_ballots_count_as_abstentions_not_as_votes_cast() {
        TallyResult result = count(
                VotingRules.USUAL,
                8,
                all(List.of(votes(1, Vote.FOR, 3), votes(1, Vote.AGAINST, 2), votes(2, Vote.ABSTAIN, 3))),
                null);
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(result.votesCast()).isEqualTo(5);
        assertThat(result.abstentions()).isEqualTo(3);
        assertThat(result.colleges())
                .extracting(TallyResult.CollegeCount::counts)
                .containsExactly(List.of(3, 2, 0), List.of(0, 0, 3));
    }

    @Test
    void without_quorum_nothing_is_decided() {
        TallyResult result = count(VotingRules.USUAL, 4, votes(1, Vote.FOR, 4), null);
        assertThat(result.quorumReached()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void a_tie_with_the_casting_vote_follows_the_president() {
        VotingRules casting =
                new VotingRules(MajorityRule.SIMPLE, false, TieRule.CASTING_VOTE, QuorumPolicy.Quorum.HALF);
        List<CountedBallot> split = all(List.of(votes(1, Vote.FOR, 3), votes(2, Vote.AGAINST, 3)));
        assertThat(count(casting, 6, split, new BallotChoice.ForAgainst(Vote.FOR))
                        .outcome())
                .isEqualTo(Outcome.ADOPTED);
        assertThat(count(casting, 6, split, new BallotChoice.ForAgainst(Vote.FOR))
                        .castingVoteUsed())
                .isTrue();
        assertThat(count(VotingRules.USUAL, 6, split, new BallotChoice.ForAgainst(Vote.FOR))
                        .outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void a_double_majority_rejects_a_motion_one_college_voted_down() {
        VotingRules double_ = new VotingRules(MajorityRule.SIMPLE, true, TieRule.REJECTED, QuorumPolicy.Quorum.HALF);
        List<CountedBallot> ballots =
                all(List.of(votes(1, Vote.FOR, 6), votes(2, Vote.AGAINST, 3), votes(2, Vote.FOR, 1)));
        TallyResult result = count(double_, 10, ballots, null);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.colleges())
                .extracting(TallyResult.CollegeCount::majorityMet)
                .containsExactly(true, false);
        assertThat(count(VotingRules.USUAL, 10, ballots, null).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void an_arbitration_by_ranked_ballots_is_won_by_the_schulze_winner() {
        List<CountedBallot> ballots = List.of(
                new CountedBallot(1, new BallotChoice.Ranking(List.of(2L, 1L))),
                new CountedBallot(1, new BallotChoice.Ranking(List.of(2L, 3L))),
                new CountedBallot(2, new BallotChoice.Ranking(List.of(1L, 2L))),
                new CountedBallot(2, new BallotChoice.Ranking(List.of())));
        TallyResult result = Tally.count(new TallyInput(
                VotingMethod.RANKED, VotingRules.USUAL, List.of(1L, 2L, 3L), TWO_COLLEGES, 5, ballots, null));
        assertThat(result.winningOption()).isEqualTo(2L);
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(result.abstentions()).isEqualTo(1);
        assertThat(result.optionCounts()).containsExactly(1, 2, 0);
    }

    @Test
    void an_approval_tie_without_casting_vote_chooses_nothing() {
        List<CountedBallot> ballots = List.of(
                new CountedBallot(1, new BallotChoice.Approval(List.of(1L))),
                new CountedBallot(2, new BallotChoice.Approval(List.of(2L))));
        TallyResult result = Tally.count(new TallyInput(
                VotingMethod.APPROVAL, VotingRules.USUAL, List.of(1L, 2L), TWO_COLLEGES, 5, ballots, null));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.winningOption()).isNull();
    }

    @Test
    void the_published_form_of_a_count_is_canonical() {
        TallyResult result = count(VotingRules.USUAL, 8, votes(1, Vote.FOR, 5), null);
        assertThat(CanonicalJson.write(result.toMap()))
                .isEqualTo(CanonicalJson.write(
                        count(VotingRules.USUAL, 8, votes(1, Vote.FOR, 5), null).toMap()))
                .startsWith("{\"abstentions\":0,\"against\":0,\"ballots\":5,");
    }

    @Test
    void the_chain_breaks_when_any_event_is_changed() {
        ChainEvent first = new ChainEvent(7, 0, ChainEvent.Kind.OPENED, "{}", null, null).sealed(1, ChainEvent.GENESIS);
        ChainEvent second =
                new ChainEvent(7, 0, ChainEvent.Kind.CAST, "{\"seat\":1}", null, null).sealed(2, first.hash());
        assertThat(second.computeHash()).isEqualTo(second.hash());
        ChainEvent forged = new ChainEvent(7, 2, ChainEvent.Kind.CAST, "{\"seat\":2}", first.hash(), second.hash());
        assertThat(forged.computeHash()).isNotEqualTo(forged.hash());
    }

    @Test
    void the_published_list_hash_does_not_depend_on_the_order_ballots_were_read_in() {
        PublishedBallot a = new PublishedBallot("AAAA-0000-0000-0001", 1, "FOR");
        PublishedBallot b = new PublishedBallot("BBBB-0000-0000-0002", 2, "AGAINST");
        assertThat(PublishedBallot.listHash(List.of(a, b))).isEqualTo(PublishedBallot.listHash(List.of(b, a)));
        assertThat(PublishedBallot.listHash(List.of(a))).isNotEqualTo(PublishedBallot.listHash(List.of(a, b)));
        assertThat(PublishedBallot.newReceipt()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(PublishedBallot.normalise("aaaa 0000 oooo 0001")).isEqualTo("AAAA-0000-0000-0001");
    }
}
