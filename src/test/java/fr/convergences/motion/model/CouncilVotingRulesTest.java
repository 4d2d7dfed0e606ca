package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The voting rules a council's règlement sets for itself: their bounds, the platform's value as default, and the policies reading them. */
class CouncilVotingRulesTest {

    private static Optional<String> problem(Integer proxies, Integer smallGroup) {
        return CouncilVotingRules.problem(proxies, smallGroup).map(Refusal::key);
    }

    @Test
    void a_council_may_let_a_member_hold_from_one_to_three_proxies() {
        assertThat(problem(1, null)).isEmpty();
        assertThat(problem(3, null)).isEmpty();
    }

    @Test
    void no_proxy_at_all_or_a_fourth_one_is_refused_with_the_bounds() {
        assertThat(problem(0, null)).contains("motion.rules.proxies.range");
        assertThat(problem(4, null)).contains("motion.rules.proxies.range");
        assertThat(CouncilVotingRules.problem(4, null).orElseThrow().arguments())
                .containsExactly(1, 3);
    }

    @Test
    void a_secrecy_threshold_from_three_to_twenty_ballots_is_accepted() {
        assertThat(problem(null, 3)).isEmpty();
        assertThat(problem(null, 20)).isEmpty();
    }

    @Test
    void a_threshold_of_two_is_refused_because_each_of_two_voters_would_read_the_other() {
        assertThat(problem(null, 2)).contains("motion.rules.smallGroup.range");
        assertThat(problem(null, 21)).contains("motion.rules.smallGroup.range");
        assertThat(CouncilVotingRules.problem(null, 2).orElseThrow().arguments())
                .containsExactly(3, 20);
    }

    @Test
    void the_refusal_becomes_a_user_facing_error_with_its_key_and_bounds() {
        var refusal = CouncilVotingRules.problem(null, 25).orElseThrow().exception();
        assertThat(refusal.messageKey()).isEqualTo("motion.rules.smallGroup.range");
        assertThat(refusal.arguments()).containsExactly(3, 20);
    }

    @Test
    void a_rule_the_council_did_not_set_is_the_platforms() {
        assertThat(CouncilVotingRules.PLATFORM.proxiesPerHolder(2)).isEqualTo(2);
        assertThat(CouncilVotingRules.PLATFORM.smallGroup(5)).isEqualTo(5);
        assertThat(new CouncilVotingRules(null, 8).proxiesPerHolder(1)).isEqualTo(1);
    }

    @Test
    void a_rule_the_council_set_wins_over_the_platforms() {
        CouncilVotingRules own = new CouncilVotingRules(3, 8);
        assertThat(own.proxiesPerHolder(1)).isEqualTo(3);
        assertThat(own.smallGroup(5)).isEqualTo(8);
        assertThat(own.inForce(1, 5)).containsEntry("proxiesPerHolder", 3).containsEntry("smallGroup", 8);
    }

    @Test
    void the_proxy_policy_refuses_a_second_proxy_under_one_council_and_accepts_it_under_another() {
        CouncilVotingRules strict = new CouncilVotingRules(1, null);
        CouncilVotingRules lenient = new CouncilVotingRules(2, null);
        assertThat(secondProxy(strict.proxiesPerHolder(1))).contains("motion.proxy.holderFull");
        assertThat(secondProxy(lenient.proxiesPerHolder(1))).isEmpty();
    }

    @Test
    void the_small_group_rule_publishes_a_college_of_four_apart_under_k_three_and_merges_it_under_k_five() {
        List<TallyResult.CollegeCount> colleges = List.of(college(1, 9, 6, 3), college(2, 5, 3, 1));
        assertThat(SmallGroupPolicy.merged(colleges, new CouncilVotingRules(null, 3).smallGroup(5)))
                .isEmpty();
        assertThat(SmallGroupPolicy.merged(colleges, new CouncilVotingRules(null, null).smallGroup(5)))
                .containsExactly(2L, 1L);
    }

    private static Optional<String> secondProxy(int limit) {
        return ProxyPolicy.problem(new ProxyPolicy.Request(
                        1, 2, true, true, true, false, false, false, false, 1, limit, false, false))
                .map(ProxyPolicy.Refusal::key);
    }

    private static TallyResult.CollegeCount college(long id, int seats, int forVotes, int against) {
        return new TallyResult.CollegeCount(id, seats, forVotes + against, List.of(forVotes, against, 0), 0, null);
    }
}
