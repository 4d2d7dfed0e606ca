package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MajorityRule;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.TieRule;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestClock;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Votes held in a sitting open, and the sitting closes, only once the sitting has started (SittingTimePolicy), with the
 * platform's clock moved: three hours back, the sitting convened for an hour ago is still two hours ahead.
 */
class SittingTimeIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SittingService sittings = platform.bean(SittingService.class);
    private final VotingSessionService sessions = platform.bean(VotingSessionService.class);
    private final TestSql sql = new TestSql(platform);

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private String state(long sittingId, long councilId) {
        return sql.column(
                        "SELECT (SELECT status FROM sitting WHERE id = ?) || '/' || (SELECT string_agg(status, ',' ORDER BY id) FROM voting_session "
                                + "WHERE sitting_id = ?) || '/' || (SELECT count(*) FROM audit_entry WHERE council_id = ?)",
                        sittingId,
                        sittingId,
                        councilId)
                .getFirst()
                .toString();
    }

    @Test
    void
            a_vote_in_a_sitting_opens_and_the_sitting_closes_only_from_its_start_while_an_online_vote_keeps_its_own_window() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        Motion motion = council.publishedMotion(MotionKind.AVIS, List.of());
        Motion later = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        ZoneId zone = ZoneId.of("Europe/Paris"); // TestCouncils' territories are on Paris time
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        TestClock clock = TestClock.of(platform);
        Sitting sitting;
        VotingSession session;
        VotingSession planned;
        try {
            clock.shift(Duration.ofHours(-3));
            // Convened by the urgent procedure, which shortens the delay of convocation and not the sitting: its votes
            // wait too.
            sitting = sittings.convene(
                    council.admin,
                    council.council.id(),
                    new SittingForm(
                            "Séance à l’heure",
                            SittingMode.HYBRID,
                            "Évry",
                            "https://visio.example.org/cts",
                            LocalDateTime.ofInstant(start, zone),
                            0,
                            List.of(motion.id(), later.id()),
                            "Saisine de l’ARS sous trois jours."));
            session = sessions.plan(
                    council.admin,
                    motion.id(),
                    SessionForm.inSitting(sitting.id(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST));
            long sittingId = sitting.id();
            long sessionId = session.id();
            String before = state(sittingId, council.council.id());

            refused("motion.sitting.time.voteBeforeStart", () -> sessions.open(council.admin, sessionId));
            refused("motion.sitting.time.closeBeforeStart", () -> sittings.close(council.admin, sittingId));
            refused(
                    "motion.sitting.time.windowBeforeStart",
                    () -> sessions.plan(
                            council.admin,
                            later.id(),
                            new SessionForm(
                                    sittingId,
                                    BallotKind.ROLL_CALL,
                                    VotingMethod.FOR_AGAINST,
                                    MajorityRule.SIMPLE,
                                    false,
                                    TieRule.REJECTED,
                                    1,
                                    2,
                                    null,
                                    LocalDateTime.ofInstant(start.minus(5, ChronoUnit.MINUTES), zone),
                                    null)));
            assertThat(state(sittingId, council.council.id()))
                    .as("refusals change nothing")
                    .isEqualTo(before);
            assertThat(before).startsWith("CONVENED/PLANNED/");

            // Planned to open by itself at the sitting's start: the background work leaves it until then.
            planned = sessions.plan(
                    council.admin,
                    later.id(),
                    new SessionForm(
                            sittingId,
                            BallotKind.ROLL_CALL,
                            VotingMethod.FOR_AGAINST,
                            MajorityRule.SIMPLE,
                            false,
                            TieRule.REJECTED,
                            1,
                            2,
                            null,
                            LocalDateTime.ofInstant(start, zone),
                            null));
            sessions.openDue();
            assertThat(sessions.find(planned.id()).status()).isEqualTo(VotingSession.Status.PLANNED);

            // An online vote, held in no sitting, opens whenever its secretariat opens it.
            assertThat(council.openOnline(BallotKind.ROLL_CALL, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of())
                            .status())
                    .isEqualTo(VotingSession.Status.OPEN);
        } finally {
            clock.reset();
        }

        // Back to the real time: the sitting began an hour ago.
        assertThat(sessions.open(council.admin, session.id()).status()).isEqualTo(VotingSession.Status.OPEN);
        sessions.openDue();
        assertThat(sessions.find(planned.id()).status()).isEqualTo(VotingSession.Status.OPEN);
        sessions.close(council.admin, session.id());
        sessions.close(council.admin, planned.id());
        sittings.close(council.admin, sitting.id());
        assertThat(state(sitting.id(), council.council.id())).startsWith("CLOSED/CLOSED,CLOSED/");
        assertThat(sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", council.council.id()))
                .containsSubsequence(
                        "motion.session.plan",
                        "motion.session.plan",
                        "motion.session.open",
                        "motion.session.open",
                        "motion.sitting.close");
    }
}
