package fr.convergences.motion.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MajorityRule;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.TieRule;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-college verdict that "majority in each college" needs, on the motion's page and in the minutes alike. */
class CollegeVerdictTest {

    private static final Map<Long, String> NAMES = Map.of(1L, "Usagers", 2L, "Professionnels", 3L, "État");

    private static String translate(String key, Object... arguments) {
        return key + Arrays.toString(arguments);
    }

    private static SessionResult result(
            BallotKind kind, boolean doubleMajority, Outcome outcome, TallyResult.CollegeCount... colleges) {
        VotingSession session = new VotingSession(
                1L,
                2L,
                3L,
                null,
                kind,
                VotingMethod.FOR_AGAINST,
                MajorityRule.SIMPLE,
                doubleMajority,
                TieRule.REJECTED,
                1,
                2,
                null,
                null,
                null,
                VotingSession.Status.CLOSED,
                Instant.EPOCH,
                Instant.EPOCH,
                4L,
                Instant.EPOCH,
                outcome,
                null,
                null,
                null,
                null,
                null,
                0L);
        TallyResult tally = new TallyResult(
                outcome, 20, 20, true, 20, 10, 8, 2, List.of(colleges), List.of(), List.of(), null, null, null, false);
        return new SessionResult(session, tally, NAMES, Map.of(), List.of(), List.of(), 5);
    }

    private static TallyResult.CollegeCount college(long id, int ballots, boolean met) {
        return new TallyResult.CollegeCount(
                id, ballots, ballots, List.of(met ? ballots : 0, met ? 0 : ballots, 0), 0, met);
    }

    @Test
    void a_motion_rejected_by_one_college_names_that_college() {
        String verdict = ResultTables.collegeVerdict(
                result(
                        BallotKind.ROLL_CALL,
                        true,
                        Outcome.REJECTED,
                        college(1, 8, true),
                        college(2, 9, false),
                        college(3, 3, true)),
                CollegeVerdictTest::translate);
        assertThat(verdict).isEqualTo("motion.result.collegeVerdict.missing[1, Professionnels]");
    }

    @Test
    void a_motion_adopted_in_every_college_says_so() {
        assertThat(ResultTables.collegeVerdict(
                        result(BallotKind.ROLL_CALL, true, Outcome.ADOPTED, college(1, 8, true), college(2, 9, true)),
                        CollegeVerdictTest::translate))
                .isEqualTo("motion.result.collegeVerdict.all[]");
    }

    @Test
    void a_secret_vote_names_the_merged_row_not_the_small_college_inside_it() {
        String verdict = ResultTables.collegeVerdict(
                result(
                        BallotKind.SECRET,
                        true,
                        Outcome.REJECTED,
                        college(1, 8, true),
                        college(2, 9, true),
                        college(3, 2, false)),
                CollegeVerdictTest::translate);
        assertThat(verdict).startsWith("motion.result.collegeVerdict.missing[1, motion.result.mergedColleges[");
    }

    @Test
    void no_verdict_without_the_rule_or_without_quorum() {
        assertThat(ResultTables.collegeVerdict(
                        result(BallotKind.ROLL_CALL, false, Outcome.ADOPTED, college(1, 8, true)),
                        CollegeVerdictTest::translate))
                .isNull();
        assertThat(ResultTables.collegeVerdict(
                        result(BallotKind.ROLL_CALL, true, Outcome.NO_QUORUM, college(1, 8, false)),
                        CollegeVerdictTest::translate))
                .isNull();
    }
}
