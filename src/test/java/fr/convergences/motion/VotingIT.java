package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.SessionResult;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.VotingBackground;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Voting sessions against the real PostgreSQL: counts, changes, secret ballots, refusals, races, and the verification. */
class VotingIT {

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

    private static BallotChoice vote(Vote vote) {
        return new BallotChoice.ForAgainst(vote);
    }

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static String state(long session) {
        return sql.column(
                        "SELECT (SELECT count(*) FROM roll_call_ballot WHERE session_id = ?) || '/' || "
                                + "(SELECT count(*) FROM secret_register WHERE session_id = ?) || '/' || (SELECT count(*) FROM secret_ballot_box WHERE session_id = ?)"
                                + " || '/' || (SELECT count(*) FROM secret_ballot_pool WHERE session_id = ?) || '/' || (SELECT count(*) FROM voting_event WHERE session_id = ?) || '/' || coalesce((SELECT md5(string_agg(choice, ',' ORDER BY seat_mandate_id)) "
                                + "FROM roll_call_ballot WHERE session_id = ?), '-')",
                        session,
                        session,
                        session,
                        session,
                        session,
                        session)
                .getFirst()
                .toString();
    }

    @Test
    void a_roll_call_vote_counts_each_seat_once_with_changes_and_verifies_against_its_published_head() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        VotingSession session =
                council.openOnline(BallotKind.ROLL_CALL, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        List<VotingFixture.Member> members = council.titulars;
        for (int i = 0; i < 3; i++) {
            ballots.cast(members.get(i).actor(), session.id(), members.get(i).seat(), vote(Vote.FOR));
        }
        ballots.cast(members.get(3).actor(), session.id(), members.get(3).seat(), vote(Vote.AGAINST));
        ballots.cast(members.get(4).actor(), session.id(), members.get(4).seat(), vote(Vote.AGAINST));
        BallotService.Cast change = ballots.cast(
                members.get(4).actor(), session.id(), members.get(4).seat(), vote(Vote.ABSTAIN));
        assertThat(change.changed()).isTrue();

        VotingSession closed = sessions.close(council.admin, session.id());

        assertThat(closed.outcome()).isEqualTo(Outcome.ADOPTED);
        SessionResult result = sessions.result(session.id());
        assertThat(result.tally().forVotes()).isEqualTo(3);
        assertThat(result.tally().against()).isEqualTo(1);
        assertThat(result.tally().abstentions()).isEqualTo(1);
        assertThat(result.tally().colleges())
                .extracting(c -> c.counts())
                .containsExactly(List.of(3, 0, 0), List.of(0, 1, 1));
        assertThat(result.rollCall()).hasSize(5);
        SessionVerifier.Report report = verifier.verify(session.id(), closed.publishedHead());
        assertThat(report.problems()).isEmpty();
        assertThat(report.events()).isEqualTo(1 + 6 + 1);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action IN ('motion.ballot.cast', 'motion.ballot.change')",
                        council.council.id()))
                .isEqualTo(6);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action IN ('motion.session.open', 'motion.session.close')",
                        council.council.id()))
                .isEqualTo(2);

        sql.update("ALTER TABLE roll_call_ballot DISABLE TRIGGER USER");
        sql.update(
                "UPDATE roll_call_ballot SET choice = 'FOR' WHERE session_id = ? AND seat_mandate_id = ?",
                session.id(),
                members.get(3).seat());
        sql.update("ALTER TABLE roll_call_ballot ENABLE TRIGGER USER");
        assertThat(verifier.verify(session.id(), closed.publishedHead()).problems())
                .containsExactly("the published roll-call ballots differ from the chain's casts and changes");
    }

    @Test
    void a_secret_ballot_is_sealed_until_close_final_once_cast_and_found_by_its_receipt_in_the_published_list() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        VotingSession session =
                council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        VotingFixture.Member first = council.titulars.get(0);
        BallotService.Cast cast = ballots.cast(first.actor(), session.id(), first.seat(), vote(Vote.AGAINST));
        assertThat(cast.receipt()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        for (VotingFixture.Member member : council.titulars.subList(1, 4)) {
            ballots.cast(member.actor(), session.id(), member.seat(), vote(Vote.FOR));
        }
        String before = state(session.id());
        refused(
                "motion.ballot.secretFinal",
                () -> ballots.cast(first.actor(), session.id(), first.seat(), vote(Vote.FOR)));
        assertThat(state(session.id())).isEqualTo(before);

        List<Object> sealed = sql.column(
                "SELECT sealed FROM secret_ballot_box WHERE session_id = ? UNION ALL "
                        + "SELECT sealed FROM secret_ballot_pool WHERE session_id = ?",
                session.id(),
                session.id());
        assertThat(sealed)
                .hasSize(4)
                .allSatisfy(bytes -> assertThat(new String((byte[]) bytes, StandardCharsets.ISO_8859_1))
                        .doesNotContain("FOR")
                        .doesNotContain("AGAINST")
                        .doesNotContain(cast.receipt()));
        assertThat(sql.column(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'secret_register'"))
                .containsExactlyInAnyOrder("session_id", "seat_mandate_id", "voter_account_id", "capacity");
        assertThat(
                        sql.column(
                                "SELECT column_name FROM information_schema.columns WHERE table_name IN ('secret_ballot', 'secret_ballot_box', 'secret_ballot_pool')"))
                .doesNotContain("voter_account_id", "cast_at", "id");

        VotingSession closed = sessions.close(council.admin, session.id());
        assertThat(closed.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(sql.count("SELECT count(*) FROM secret_ballot_box WHERE session_id = ?", session.id()))
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM voting_session_key WHERE session_id = ?", session.id()))
                .isZero();
        assertThat(ballots.findReceipt(
                        session.id(), cast.receipt().toLowerCase().replace("-", " ")))
                .map(PublishedBallot::choice)
                .contains("AGAINST");
        List<PublishedBallot> published = sessions.result(session.id()).secretBallots();
        assertThat(published).extracting(PublishedBallot::receipt).isSorted();
        assertThat(closed.ballotsHash()).isEqualTo(PublishedBallot.listHash(published));
        assertThat(verifier.verify(session.id(), closed.publishedHead()).problems())
                .isEmpty();
        // Secret casts are journalled by block, by number, naming nobody.
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'motion.ballot.cast' AND actor_account_id IS NOT NULL",
                        council.council.id()))
                .isZero();
        assertThat(sql.count(
                        "SELECT coalesce(sum((after_json::json->>'ballots')::int), 0) FROM audit_entry WHERE council_id = ? "
                                + "AND action = 'motion.ballot.cast'",
                        council.council.id()))
                .isEqualTo(4);

        sql.update(
                "UPDATE secret_ballot SET choice = 'FOR' WHERE session_id = ? AND receipt = ?",
                session.id(),
                cast.receipt());
        assertThat(verifier.verify(session.id(), null).problems())
                .contains("the published secret ballots differ from the list whose hash was chained at close");
    }

    @Test
    void bad_ballots_are_refused_with_a_clear_message_and_change_nothing() {
        VotingFixture council = new VotingFixture(platform, 2, 1);
        VotingSession session =
                council.openOnline(BallotKind.ROLL_CALL, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        VotingFixture.Member titular = council.titulars.getFirst();
        String before = state(session.id());
        refused(
                "motion.ballot.substituteOutsideSitting",
                () -> ballots.cast(
                        council.substituteOf(titular).actor(), session.id(), titular.seat(), vote(Vote.FOR)));
        refused(
                "motion.ballot.noVotingRight",
                () -> ballots.cast(council.adviser.actor(), session.id(), council.adviser.seat(), vote(Vote.FOR)));
        refused(
                "motion.ballot.notEligible",
                () -> ballots.cast(council.titulars.get(1).actor(), session.id(), titular.seat(), vote(Vote.FOR)));
        refused(
                "motion.ballot.wrongMethod",
                () -> ballots.cast(
                        titular.actor(), session.id(), titular.seat(), new BallotChoice.Approval(List.of())));
        assertThat(state(session.id())).isEqualTo(before);

        ballots.cast(titular.actor(), session.id(), titular.seat(), vote(Vote.FOR));
        sessions.close(council.admin, session.id());
        String closedState = state(session.id());
        refused(
                "motion.ballot.closed",
                () -> ballots.cast(
                        council.titulars.get(1).actor(),
                        session.id(),
                        council.titulars.get(1).seat(),
                        vote(Vote.FOR)));
        refused("motion.session.alreadyClosed", () -> sessions.close(council.admin, session.id()));
        assertThat(state(session.id())).isEqualTo(closedState);
        assertThat(sessions.find(session.id()).outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void two_clicks_two_devices_and_a_close_during_the_casts_still_count_exactly_one_ballot_per_seat()
            throws Exception {
        VotingFixture council = new VotingFixture(platform, 10, 0);
        VotingSession session =
                council.openOnline(BallotKind.ROLL_CALL, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> casts = new ArrayList<>();
        for (VotingFixture.Member member : council.titulars) {
            for (Vote vote : List.of(Vote.FOR, Vote.AGAINST, Vote.FOR)) {
                casts.add(pool.submit(() -> {
                    start.await();
                    try {
                        ballots.cast(member.actor(), session.id(), member.seat(), vote(vote));
                    } catch (UserFacingException closedMeanwhile) {
                        assertThat(closedMeanwhile.messageKey()).isEqualTo("motion.ballot.closed");
                    }
                    return null;
                }));
            }
        }
        Future<VotingSession> close = pool.submit(() -> {
            start.await();
            Thread.sleep(20);
            return sessions.close(council.admin, session.id());
        });
        start.countDown();
        for (Future<?> cast : casts) {
            cast.get();
        }
        VotingSession closed = close.get();
        pool.shutdown();

        long stored = sql.count("SELECT count(*) FROM roll_call_ballot WHERE session_id = ?", session.id());
        assertThat(stored).isLessThanOrEqualTo(20);
        assertThat(sessions.result(session.id()).tally().ballots()).isEqualTo((int) stored);
        assertThat(verifier.verify(session.id(), closed.publishedHead()).problems())
                .isEmpty();
        platform.bean(VotingBackground.class).sealAll();
        assertThat(sql.count("SELECT count(*) FROM voting_event WHERE session_id = ? AND seq IS NULL", session.id()))
                .isZero();
    }

    @Test
    void the_chain_refuses_to_be_rewritten_by_the_applications_own_connections() {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        VotingSession session =
                council.openOnline(BallotKind.ROLL_CALL, MotionKind.AVIS, VotingMethod.FOR_AGAINST, List.of());
        assertThatThrownBy(
                        () -> sql.update("UPDATE voting_event SET payload = '{}' WHERE session_id = ?", session.id()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql.update("DELETE FROM voting_event WHERE session_id = ?", session.id()))
                .hasStackTraceContaining("append-only");
    }
}
