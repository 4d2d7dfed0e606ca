package fr.convergences.motion.entry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.VotingFixture;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifySessionCommandIT {

    @Test
    void verify_session_accepts_the_published_head_and_exits_1_on_a_forged_one_or_a_rewritten_chain() {
        TestPlatform platform = TestPlatform.shared();
        VotingFixture council = new VotingFixture(platform, 2, 0);
        VotingSession session =
                council.openOnline(BallotKind.SECRET, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        for (VotingFixture.Member member : council.titulars) {
            platform.bean(BallotService.class)
                    .cast(member.actor(), session.id(), member.seat(), new BallotChoice.ForAgainst(Vote.FOR));
        }
        VotingSession closed = platform.bean(VotingSessionService.class).close(council.admin, session.id());

        assertThat(run(platform, session.id(), closed.publishedHead()))
                .startsWith("0:")
                .contains("intact")
                .contains("outcome ADOPTED");
        assertThat(run(platform, session.id(), closed.headSeq() + ":" + "0".repeat(64)))
                .startsWith("1:")
                .contains("differs from the expected head");

        TestSql sql = new TestSql(platform);
        sql.update("ALTER TABLE voting_event DISABLE TRIGGER voting_event_append_only");
        try {
            sql.update(
                    "UPDATE voting_event SET payload = replace(payload, '\"capacity\":\"SEAT\"', '\"capacity\":\"PROXY\"') "
                            + "WHERE session_id = ? AND kind = 'CAST' AND seq = 2",
                    session.id());
        } finally {
            sql.update("ALTER TABLE voting_event ENABLE TRIGGER voting_event_append_only");
        }
        assertThat(run(platform, session.id(), closed.publishedHead()))
                .startsWith("1:")
                .contains("event 2 was modified");
    }

    @Test
    void verify_session_exits_2_with_one_sentence_when_there_is_nothing_to_verify_and_keeps_1_for_tampering() {
        TestPlatform platform = TestPlatform.shared();
        assertThat(run(platform, Long.MAX_VALUE, null))
                .startsWith("2: Could not verify: there is no voting session " + Long.MAX_VALUE)
                .doesNotContain("TAMPERED");
        VotingFixture council = new VotingFixture(platform, 2, 0);
        VotingSession open =
                council.openOnline(BallotKind.SECRET, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        assertThat(run(platform, open.id(), null))
                .startsWith("2: Could not verify: voting session " + open.id() + " is not closed yet");
        // With a head from the minutes in hand, a session that is not closed has been rewound: that is tampering.
        assertThat(run(platform, open.id(), "9:" + "0".repeat(64)))
                .startsWith("1:")
                .contains("TAMPERED");
    }

    private static String run(TestPlatform platform, long sessionId, String expected) {
        VerifySessionCommand command = new VerifySessionCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.sessionId = sessionId;
        command.expected = expected;
        int code = command.run(platform.context());
        return code + ": " + out.toString(StandardCharsets.UTF_8);
    }
}
