package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The proxy rules of the règlement intérieur: who gives, who holds, no chains, the limit per holder, revocation. */
class ProxyPolicyTest {

    private static final long GIVER = 1, HOLDER = 3, STRANGER = 4;

    /** A request that every rule lets through; each test changes the one fact it is about. */
    private static final class Ask {
        long holder = HOLDER;
        boolean sittingOpen = true,
                giverSeat = true,
                holderVotes = true,
                substituteSits,
                gave,
                giverHolds,
                holderGave,
                holderAbsent,
                voted;
        int held;
        int limit = ProxyPolicy.DEFAULT_PROXIES_PER_HOLDER;

        Optional<String> problem() {
            return ProxyPolicy.problem(new ProxyPolicy.Request(
                            GIVER,
                            holder,
                            sittingOpen,
                            giverSeat,
                            holderVotes,
                            substituteSits,
                            gave,
                            giverHolds,
                            holderGave,
                            held,
                            limit,
                            holderAbsent,
                            voted))
                    .map(ProxyPolicy.Refusal::key);
        }
    }

    @Nested
    class Giving {
        @Test
        void a_titular_whose_substitute_cannot_sit_gives_a_proxy_to_another_member() {
            assertThat(new Ask().problem()).isEmpty();
        }

        @Test
        void a_proxy_to_oneself_is_refused() {
            Ask ask = new Ask();
            ask.holder = GIVER;
            assertThat(ask.problem()).contains("motion.proxy.self");
        }

        @Test
        void only_a_titular_with_a_vote_gives_a_proxy() {
            Ask ask = new Ask();
            ask.giverSeat = false;
            assertThat(ask.problem()).contains("motion.proxy.notTitular");
        }

        @Test
        void a_proxy_to_someone_outside_the_council_is_refused() {
            Ask ask = new Ask();
            ask.holder = STRANGER;
            ask.holderVotes = false;
            assertThat(ask.problem()).contains("motion.proxy.holderNotMember");
        }

        @Test
        void a_member_gives_one_proxy_at_most() {
            Ask ask = new Ask();
            ask.gave = true;
            assertThat(ask.problem()).contains("motion.proxy.alreadyGiven");
        }

        @Test
        void no_proxy_while_the_substitute_can_sit() {
            Ask ask = new Ask();
            ask.substituteSits = true;
            assertThat(ask.problem()).contains("motion.proxy.substituteSits");
        }

        @Test
        void a_proxy_to_a_member_who_declared_absence_is_refused() {
            Ask ask = new Ask();
            ask.holderAbsent = true;
            assertThat(ask.problem()).contains("motion.proxy.holderAbsent");
        }

        @Test
        void no_proxy_once_the_seat_has_voted_or_the_sitting_is_closed() {
            Ask voted = new Ask();
            voted.voted = true;
            assertThat(voted.problem()).contains("motion.proxy.alreadyVoted");
            Ask closed = new Ask();
            closed.sittingOpen = false;
            assertThat(closed.problem()).contains("motion.sitting.closed");
        }
    }

    @Nested
    class NoChains {
        @Test
        void a_holder_cannot_give_a_proxy_away() {
            Ask ask = new Ask();
            ask.giverHolds = true;
            assertThat(ask.problem()).contains("motion.proxy.chain.giverHolds");
        }

        @Test
        void a_giver_cannot_hold_a_proxy() {
            Ask ask = new Ask();
            ask.holderGave = true;
            assertThat(ask.problem()).contains("motion.proxy.chain.holderGave");
        }
    }

    @Nested
    class LimitPerHolder {
        @Test
        void by_default_a_member_holds_one_proxy_at_most() {
            Ask ask = new Ask();
            ask.held = 1;
            assertThat(ask.problem()).contains("motion.proxy.holderFull");
        }

        @Test
        void a_council_allowing_two_proxies_refuses_the_third_and_says_how_many() {
            Ask second = new Ask();
            second.limit = 2;
            second.held = 1;
            assertThat(second.problem()).isEmpty();
            assertThat(ProxyPolicy.problem(new ProxyPolicy.Request(
                            GIVER, HOLDER, true, true, true, false, false, false, false, 2, 2, false, false)))
                    .hasValueSatisfying(refusal -> {
                        assertThat(refusal.key()).isEqualTo("motion.proxy.holderFull");
                        assertThat(refusal.arguments()).containsExactly(2);
                    });
        }

        @Test
        void a_limit_below_one_is_read_as_one() {
            assertThat(ProxyPolicy.limit(0)).isEqualTo(1);
            assertThat(ProxyPolicy.limit(3)).isEqualTo(3);
        }
    }

    @Nested
    class Revocation {
        @Test
        void a_giver_withdraws_their_proxy_while_the_sitting_is_open() {
            assertThat(ProxyPolicy.revocationProblem(new ProxyPolicy.Revocation(true, true, false)))
                    .isEmpty();
        }

        @Test
        void there_is_nothing_to_withdraw_without_a_proxy_given() {
            assertThat(ProxyPolicy.revocationProblem(new ProxyPolicy.Revocation(true, false, false))
                            .map(ProxyPolicy.Refusal::key))
                    .contains("motion.proxy.revoke.none");
        }

        @Test
        void a_proxy_cannot_be_withdrawn_while_the_holders_ballot_for_the_seat_stands_in_an_open_vote() {
            assertThat(ProxyPolicy.revocationProblem(new ProxyPolicy.Revocation(true, true, true))
                            .map(ProxyPolicy.Refusal::key))
                    .contains("motion.proxy.revoke.alreadyVoted");
        }

        @Test
        void a_proxy_cannot_be_withdrawn_once_the_sitting_is_closed() {
            assertThat(ProxyPolicy.revocationProblem(new ProxyPolicy.Revocation(false, true, false))
                            .map(ProxyPolicy.Refusal::key))
                    .contains("motion.sitting.closed");
        }
    }
}
