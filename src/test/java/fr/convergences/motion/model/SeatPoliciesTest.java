package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may vote for a seat: eligibility, substitutes and recusals (the proxy rules are ProxyPolicyTest's). */
class SeatPoliciesTest {

    private static final long TITULAR = 1, SUBSTITUTE = 2, HOLDER = 3, STRANGER = 4;

    /** A seat in a sitting, titular present, nobody absent, no proxy, nobody recused. */
    private static SeatSituation seat() {
        return new SeatSituation(
                10, true, TITULAR, SUBSTITUTE, true, false, false, null, true, true, true, false, false);
    }

    private static SeatSituation with(
            boolean titularAbsent, Long holder, boolean titularPresent, boolean substitutePresent) {
        return new SeatSituation(
                10,
                true,
                TITULAR,
                SUBSTITUTE,
                true,
                titularAbsent,
                false,
                holder,
                titularPresent,
                substitutePresent,
                true,
                false,
                false);
    }

    private static void refused(long actor, SeatSituation seat, String key) {
        assertThatThrownBy(() -> EligibilityPolicy.capacity(actor, seat))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    @Nested
    class Eligibility {
        @Test
        void a_present_titular_votes_for_their_seat() {
            assertThat(EligibilityPolicy.capacity(TITULAR, seat())).isEqualTo(Capacity.SEAT);
        }

        @Test
        void a_seat_without_voting_right_cannot_vote() {
            refused(
                    TITULAR,
                    new SeatSituation(
                            10, false, TITULAR, null, false, false, false, null, false, false, false, false, false),
                    "motion.ballot.noVotingRight");
        }

        @Test
        void a_titular_not_present_in_the_sitting_cannot_vote() {
            refused(TITULAR, with(false, null, false, false), "motion.ballot.notPresent");
        }

        @Test
        void a_titular_who_declared_absence_cannot_vote() {
            refused(TITULAR, with(true, null, true, true), "motion.ballot.declaredAbsent");
        }

        @Test
        void a_titular_who_gave_a_proxy_leaves_the_ballot_to_the_holder() {
            refused(TITULAR, with(true, HOLDER, true, false), "motion.ballot.proxyGiven");
            assertThat(EligibilityPolicy.capacity(HOLDER, with(true, HOLDER, false, false)))
                    .isEqualTo(Capacity.PROXY);
        }

        @Test
        void someone_else_cannot_vote_for_the_seat() {
            refused(STRANGER, seat(), "motion.ballot.notEligible");
        }

        @Test
        void outside_a_sitting_only_the_titular_votes() {
            SeatSituation online = new SeatSituation(
                    10, true, TITULAR, SUBSTITUTE, false, false, false, null, false, false, false, false, false);
            assertThat(EligibilityPolicy.capacity(TITULAR, online)).isEqualTo(Capacity.SEAT);
            refused(SUBSTITUTE, online, "motion.ballot.substituteOutsideSitting");
        }
    }

    @Nested
    class Substitute {
        @Test
        void substitute_votes_only_when_titular_is_absent() {
            refused(SUBSTITUTE, seat(), "motion.ballot.titularSits");
            assertThat(EligibilityPolicy.capacity(SUBSTITUTE, with(true, null, false, true)))
                    .isEqualTo(Capacity.SUBSTITUTE);
        }

        @Test
        void a_substitute_must_be_present_to_vote() {
            refused(SUBSTITUTE, with(true, null, false, false), "motion.ballot.notPresent");
        }

        @Test
        void a_substitute_who_is_absent_too_cannot_sit() {
            assertThat(SittingSubstitutePolicy.maySit(true, true, true)).isFalse();
            assertThat(SittingSubstitutePolicy.maySit(true, true, false)).isTrue();
            assertThat(SittingSubstitutePolicy.maySit(false, true, false)).isFalse();
            assertThat(SittingSubstitutePolicy.maySit(true, false, false)).isFalse();
        }
    }

    @Nested
    class Recusal {
        @Test
        void a_recused_member_cannot_vote_for_any_seat() {
            SeatSituation recused = new SeatSituation(
                    10, true, TITULAR, SUBSTITUTE, true, false, false, null, true, true, true, false, true);
            refused(TITULAR, recused, "motion.ballot.recused");
        }

        @Test
        void a_proxy_holder_cannot_vote_for_a_recused_seat() {
            SeatSituation recusedSeat = new SeatSituation(
                    10, true, TITULAR, null, true, true, false, HOLDER, false, false, true, true, false);
            refused(HOLDER, recusedSeat, "motion.ballot.recused");
        }

        @Test
        void an_interest_is_declared_once_before_voting_by_a_member() {
            assertThat(RecusalPolicy.problem(true, false, false, false)).isEmpty();
            assertThat(RecusalPolicy.problem(false, false, false, false)).contains("motion.interest.notMember");
            assertThat(RecusalPolicy.problem(true, false, true, false)).contains("motion.interest.already");
            assertThat(RecusalPolicy.problem(true, false, false, true)).contains("motion.interest.alreadyVoted");
            assertThat(RecusalPolicy.problem(true, true, false, false)).contains("motion.interest.decided");
        }
    }
}
