package fr.convergences.motion;

import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secret ballots against an operator who reads the database without the ballot key: the sealed rows tell no choice by their
 * length, and nothing joins the register to the box.
 */
class BallotSecrecyIT {

    private static TestPlatform platform;
    private static BallotService ballots;
    private static VotingSessionService sessions;
    private static SessionVerifier verifier;
    private static TestSql sql;

    @BeforeAll
    static void setUp() {
        platform = TestPlatform.shared();
        ballots = platform.bean(BallotService.class);
        sessions = platform.bean(VotingSessionService.class);
        verifier = platform.bean(SessionVerifier.class);
        sql = new TestSql(platform);
    }

    /** The byte lengths of the session's sealed ballots, wherever they are while the vote is open. */
    private static List<Object> sealedLengths(long session) {
        return sql.column("SELECT octet_length(sealed) FROM secret_ballot_box WHERE session_id = ?", session);
    }

    private static List<Long> options(VotingFixture council, VotingSession session) {
        return platform.bean(MotionService.class).page(council.admin, session.motionId()).options().stream().map(MotionOption::id).toList();
    }

    @Test
    void every_sealed_ballot_of_a_session_has_one_length_whatever_its_choice() {
        VotingFixture council = new VotingFixture(platform, 5, 0);
        List<VotingFixture.Member> members = council.titulars;

        VotingSession forAgainst = council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        List<Vote> votes = List.of(Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.FOR, Vote.AGAINST);
        for (int i = 0; i < votes.size(); i++) {
            ballots.cast(members.get(i).actor(), forAgainst.id(), members.get(i).seat(), new BallotChoice.ForAgainst(votes.get(i)));
        }

        List<String> labels = List.of("Centre de santé", "Maison de santé", "Bus santé", "Télésanté");
        VotingSession approval = council.openOnline(BallotKind.SECRET, MotionKind.ARBITRATION, VotingMethod.APPROVAL, labels);
        List<Long> approvalOptions = options(council, approval);
        List<List<Long>> approvals = List.of(List.of(), approvalOptions.subList(0, 1), approvalOptions.subList(1, 3), approvalOptions, approvalOptions.subList(3, 4));
        for (int i = 0; i < approvals.size(); i++) {
            ballots.cast(members.get(i).actor(), approval.id(), members.get(i).seat(), new BallotChoice.Approval(approvals.get(i)));
        }

        VotingSession ranked = council.openOnline(BallotKind.SECRET, MotionKind.ARBITRATION, VotingMethod.RANKED, labels);
        List<Long> rankedOptions = options(council, ranked);
        List<List<Long>> rankings = List.of(List.of(), rankedOptions.subList(2, 3), List.of(rankedOptions.get(3), rankedOptions.get(0)),
                rankedOptions, rankedOptions.reversed());
        for (int i = 0; i < rankings.size(); i++) {
            ballots.cast(members.get(i).actor(), ranked.id(), members.get(i).seat(), new BallotChoice.Ranking(rankings.get(i)));
        }

        for (VotingSession session : List.of(forAgainst, approval, ranked)) {
            List<Object> lengths = sealedLengths(session.id());
            assertThat(lengths).as("session %s (%s)", session.id(), session.method()).hasSize(5);
            assertThat(lengths.stream().distinct().toList()).as("session %s (%s)", session.id(), session.method()).hasSize(1);
            VotingSession closed = sessions.close(council.admin, session.id());
            assertThat(sessions.result(session.id()).secretBallots()).hasSize(5);
            assertThat(verifier.verify(session.id(), closed.publishedHead()).problems()).isEmpty();
        }
        assertThat(sessions.result(forAgainst.id()).tally().abstentions()).isEqualTo(1);
        assertThat(sessions.result(approval.id()).tally().optionCounts()).containsExactly(2, 2, 2, 2);
    }
}
