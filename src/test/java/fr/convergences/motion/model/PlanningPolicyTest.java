package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of planning a voting session, each refusal in its own words, the first one broken first. */
class PlanningPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Instant SITTING_START = NOW.plusSeconds(86_400);

    /** A plan that every rule lets through; each test changes the one fact it is about. */
    private static final class Plan {
        boolean published = true, anotherOpen, reconvenesKnown = true;
        MotionKind kind = MotionKind.AVIS;
        BallotKind ballotKind = BallotKind.SECRET;
        VotingMethod method = VotingMethod.FOR_AGAINST;
        MajorityRule majority = MajorityRule.SIMPLE;
        TieRule tie = TieRule.REJECTED;
        Outcome reconvened;
        Integer numerator = 1, denominator = 2;
        PlanningPolicy.SittingFacts sitting;
        Instant opensAt, closesAt;

        Optional<String> problem() {
            return PlanningPolicy.problem(new PlanningPolicy.Request(
                            published,
                            kind,
                            anotherOpen,
                            ballotKind,
                            method,
                            majority,
                            tie,
                            reconvenesKnown,
                            reconvened,
                            numerator,
                            denominator,
                            sitting,
                            opensAt,
                            closesAt,
                            NOW))
                    .map(Refusal::key);
        }
    }

    @Test
    void an_online_vote_on_a_published_motion_with_its_rules_chosen_is_planned() {
        assertThat(new Plan().problem()).isEmpty();
    }

    @Test
    void a_draft_motion_is_not_put_to_the_vote() {
        Plan plan = new Plan();
        plan.published = false;
        assertThat(plan.problem()).contains("motion.session.motionNotPublished");
    }

    @Test
    void a_motion_has_one_vote_running_at_a_time() {
        Plan plan = new Plan();
        plan.anotherOpen = true;
        assertThat(plan.problem()).contains("motion.session.alreadyRunning");
    }

    @Test
    void every_rule_of_the_vote_must_be_chosen() {
        Plan plan = new Plan();
        plan.majority = null;
        assertThat(plan.problem()).contains("motion.session.rulesRequired");
    }

    @Test
    void an_arbitration_needs_a_method_with_options_and_an_avis_a_for_or_against_vote() {
        Plan arbitration = new Plan();
        arbitration.kind = MotionKind.ARBITRATION;
        assertThat(arbitration.problem()).contains("motion.session.method.arbitration");
        Plan avis = new Plan();
        avis.method = VotingMethod.RANKED;
        assertThat(avis.problem()).contains("motion.session.method.forAgainst");
    }

    @Test
    void the_presidents_casting_vote_needs_a_public_ballot() {
        Plan plan = new Plan();
        plan.tie = TieRule.CASTING_VOTE;
        assertThat(plan.problem()).contains("motion.session.castingVoteSecret");
        plan.ballotKind = BallotKind.ROLL_CALL;
        assertThat(plan.problem()).isEmpty();
    }

    @Test
    void only_a_vote_of_the_same_motion_is_reconvened() {
        Plan plan = new Plan();
        plan.reconvenesKnown = false;
        assertThat(plan.problem()).contains("motion.session.reconvenes.unknown");
    }

    @Test
    void the_quorum_is_waived_only_to_reconvene_a_vote_that_lacked_it() {
        Plan plan = new Plan();
        plan.numerator = null;
        plan.denominator = null;
        assertThat(plan.problem()).contains("motion.session.quorum.waiver");
        plan.reconvened = Outcome.NO_QUORUM;
        assertThat(plan.problem()).isEmpty();
    }

    @Test
    void a_quorum_above_the_whole_electorate_is_refused() {
        Plan plan = new Plan();
        plan.numerator = 3;
        assertThat(plan.problem()).contains("motion.session.quorum.invalid");
    }

    @Test
    void a_vote_in_a_sitting_needs_a_convened_sitting_of_the_council_with_the_motion_on_its_agenda() {
        Plan plan = new Plan();
        plan.sitting = PlanningPolicy.SittingFacts.UNKNOWN;
        assertThat(plan.problem()).contains("motion.sitting.unknown");
        plan.sitting = PlanningPolicy.SittingFacts.of(false, true, SITTING_START);
        assertThat(plan.problem()).contains("motion.sitting.closed");
        plan.sitting = PlanningPolicy.SittingFacts.of(true, false, SITTING_START);
        assertThat(plan.problem()).contains("motion.session.notOnAgenda");
        plan.sitting = PlanningPolicy.SittingFacts.of(true, true, SITTING_START);
        assertThat(plan.problem()).isEmpty();
    }

    @Test
    void a_vote_in_a_sitting_does_not_open_before_the_sitting_starts() {
        Plan plan = new Plan();
        plan.sitting = PlanningPolicy.SittingFacts.of(true, true, SITTING_START);
        plan.opensAt = SITTING_START.minusSeconds(60);
        assertThat(plan.problem()).contains("motion.sitting.time.windowBeforeStart");
    }

    @Test
    void a_closing_time_lies_ahead_and_after_the_opening() {
        Plan past = new Plan();
        past.closesAt = NOW.minusSeconds(1);
        assertThat(past.problem()).contains("motion.session.window.invalid");
        Plan inverted = new Plan();
        inverted.opensAt = NOW.plusSeconds(7_200);
        inverted.closesAt = NOW.plusSeconds(3_600);
        assertThat(inverted.problem()).contains("motion.session.window.invalid");
    }

    @Test
    void the_first_rule_broken_is_the_one_told() {
        Plan plan = new Plan();
        plan.published = false;
        plan.tie = TieRule.CASTING_VOTE;
        plan.closesAt = NOW.minusSeconds(1);
        assertThat(plan.problem()).contains("motion.session.motionNotPublished");
    }
}
