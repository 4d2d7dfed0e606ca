package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MinutesService;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.ResultTables;
import fr.convergences.motion.application.SessionResult;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.VotingBackground;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.infrastructure.BallotBoxKeys;
import fr.convergences.motion.infrastructure.BallotMixer;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        return sql.column(
                "SELECT octet_length(sealed) FROM secret_ballot_box WHERE session_id = ? UNION ALL "
                        + "SELECT octet_length(sealed) FROM secret_ballot_pool WHERE session_id = ?",
                session,
                session);
    }

    private static List<Long> options(VotingFixture council, VotingSession session) {
        return platform.bean(MotionService.class).page(council.admin, session.motionId()).options().stream()
                .map(MotionOption::id)
                .toList();
    }

    @Test
    void every_sealed_ballot_of_a_session_has_one_length_whatever_its_choice() {
        VotingFixture council = new VotingFixture(platform, 5, 0);
        List<VotingFixture.Member> members = council.titulars;

        VotingSession forAgainst =
                council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        List<Vote> votes = List.of(Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.FOR, Vote.AGAINST);
        for (int i = 0; i < votes.size(); i++) {
            ballots.cast(
                    members.get(i).actor(),
                    forAgainst.id(),
                    members.get(i).seat(),
                    new BallotChoice.ForAgainst(votes.get(i)));
        }

        List<String> labels = List.of("Centre de santé", "Maison de santé", "Bus santé", "Télésanté");
        VotingSession approval =
                council.openOnline(BallotKind.SECRET, MotionKind.ARBITRATION, VotingMethod.APPROVAL, labels);
        List<Long> approvalOptions = options(council, approval);
        List<List<Long>> approvals = List.of(
                List.of(),
                approvalOptions.subList(0, 1),
                approvalOptions.subList(1, 3),
                approvalOptions,
                approvalOptions.subList(3, 4));
        for (int i = 0; i < approvals.size(); i++) {
            ballots.cast(
                    members.get(i).actor(),
                    approval.id(),
                    members.get(i).seat(),
                    new BallotChoice.Approval(approvals.get(i)));
        }

        VotingSession ranked =
                council.openOnline(BallotKind.SECRET, MotionKind.ARBITRATION, VotingMethod.RANKED, labels);
        List<Long> rankedOptions = options(council, ranked);
        List<List<Long>> rankings = List.of(
                List.of(),
                rankedOptions.subList(2, 3),
                List.of(rankedOptions.get(3), rankedOptions.get(0)),
                rankedOptions,
                rankedOptions.reversed());
        for (int i = 0; i < rankings.size(); i++) {
            ballots.cast(
                    members.get(i).actor(),
                    ranked.id(),
                    members.get(i).seat(),
                    new BallotChoice.Ranking(rankings.get(i)));
        }

        for (VotingSession session : List.of(forAgainst, approval, ranked)) {
            List<Object> lengths = sealedLengths(session.id());
            assertThat(lengths)
                    .as("session %s (%s)", session.id(), session.method())
                    .hasSize(5);
            assertThat(lengths.stream().distinct().toList())
                    .as("session %s (%s)", session.id(), session.method())
                    .hasSize(1);
            VotingSession closed = sessions.close(council.admin, session.id());
            assertThat(sessions.result(session.id()).secretBallots()).hasSize(5);
            assertThat(verifier.verify(session.id(), closed.publishedHead()).problems())
                    .isEmpty();
        }
        assertThat(sessions.result(forAgainst.id()).tally().abstentions()).isEqualTo(1);
        assertThat(sessions.result(approval.id()).tally().optionCounts()).containsExactly(2, 2, 2, 2);
    }

    @Test
    void
            once_mixed_no_join_of_the_register_and_the_box_by_transaction_order_identifier_or_time_links_a_voter_to_a_ballot() {
        VotingFixture council = new VotingFixture(platform, 12, 0);
        VotingSession session =
                council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        Map<String, Long> seatByReceipt = new HashMap<>();
        for (int i = 0; i < council.titulars.size(); i++) {
            VotingFixture.Member member = council.titulars.get(i);
            Vote vote = i % 3 == 0 ? Vote.AGAINST : Vote.FOR;
            seatByReceipt.put(
                    ballots.cast(member.actor(), session.id(), member.seat(), new BallotChoice.ForAgainst(vote))
                            .receipt(),
                    member.seat());
        }
        assertThat(seatByReceipt).hasSize(24);
        // What an operator could have copied while ballots were pending (the background mixer may already have moved
        // some).
        Set<String> pendingBytes = sql
                .column("SELECT encode(sealed, 'hex') FROM secret_ballot_pool WHERE session_id = ?", session.id())
                .stream()
                .map(Object::toString)
                .collect(Collectors.toSet());
        platform.bean(BallotMixer.class).mix(session.id(), 1);
        assertThat(sql.count("SELECT count(*) FROM secret_ballot_pool WHERE session_id = ?", session.id()))
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM secret_ballot_box WHERE session_id = ?", session.id()))
                .isEqualTo(24);

        // Transaction ids: no box row was written by a cast's transaction (its register row, its chain event).
        assertThat(sql.count(
                        "SELECT count(*) FROM secret_ballot_box b JOIN secret_register r ON r.xmin = b.xmin "
                                + "WHERE b.session_id = ? AND r.session_id = ?",
                        session.id(),
                        session.id()))
                .isZero();
        assertThat(sql.count(
                        "SELECT count(*) FROM secret_ballot_box b JOIN voting_event e ON e.xmin = b.xmin "
                                + "WHERE b.session_id = ? AND e.session_id = ?",
                        session.id(),
                        session.id()))
                .isZero();
        // Physical order: even with the key, the box read in disk order does not follow the register's (the order of
        // the casts).
        List<Object> registerOrder = sql.column(
                "SELECT seat_mandate_id FROM secret_register WHERE session_id = ? ORDER BY ctid", session.id());
        BallotBoxKeys keys = platform.bean(BallotBoxKeys.class);
        List<Object> boxOrder = sql
                .column("SELECT sealed FROM secret_ballot_box WHERE session_id = ? ORDER BY ctid", session.id())
                .stream()
                .map(row -> (Object) seatByReceipt.get(
                        keys.openBallot(session.id(), (byte[]) row).split(";")[0]))
                .toList();
        assertThat(boxOrder)
                .containsExactlyInAnyOrderElementsOf(registerOrder)
                .isNotEqualTo(registerOrder)
                .isNotEqualTo(registerOrder.reversed());
        long samePlace = java.util.stream.IntStream.range(0, boxOrder.size())
                .filter(i -> boxOrder.get(i).equals(registerOrder.get(i)))
                .count();
        assertThat(samePlace).as("ballots at their cast's rank").isLessThan(8);
        // Bytes: the box holds none of the ciphertexts the pool held, so a copy of the pending pool matches nothing in
        // the box.
        assertThat(sql.column("SELECT encode(sealed, 'hex') FROM secret_ballot_box WHERE session_id = ?", session.id()))
                .doesNotContainAnyElementsOf(pendingBytes);
        // Identifiers and times: the box and the pool hold nothing but the session and the sealed bytes; the register,
        // the box and the chain have no time column; the journal names no voter of a secret cast; commit times are not
        // kept by PostgreSQL.
        assertThat(
                        sql.column(
                                "SELECT column_name FROM information_schema.columns WHERE table_name IN ('secret_ballot_box', 'secret_ballot_pool')"))
                .containsOnly("session_id", "sealed");
        assertThat(sql.column(
                        "SELECT column_name FROM information_schema.columns WHERE table_name IN ('secret_register', 'secret_ballot_box', "
                                + "'secret_ballot_pool', 'voting_event') AND data_type LIKE 'time%'"))
                .isEmpty();
        // The sealer chains the casts and journals them, by block.
        platform.bean(VotingBackground.class).sealAll();
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'motion.ballot.cast' AND actor_account_id IS NOT NULL",
                        council.council.id()))
                .isZero();
        assertThat(sql.column("SHOW track_commit_timestamp")).containsExactly("off");

        VotingSession closed = sessions.close(council.admin, session.id());
        assertThat(sessions.result(session.id()).tally().against()).isEqualTo(8);
        assertThat(sessions.result(session.id()).tally().forVotes()).isEqualTo(16);
        assertThat(sessions.result(session.id()).secretBallots())
                .extracting(PublishedBallot::receipt)
                .containsExactlyInAnyOrderElementsOf(seatByReceipt.keySet());
        assertThat(verifier.verify(session.id(), closed.publishedHead()).problems())
                .isEmpty();
    }

    @Test
    void a_secret_vote_publishes_a_two_seat_colleges_result_only_merged_on_the_page_and_in_the_minutes()
            throws Exception {
        VotingFixture council = new VotingFixture(platform, 6, 0);
        List<VotingFixture.Member> state = council.addVotingCollege("Collège de l’État", 2);
        VotingSession session =
                council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        List<VotingFixture.Member> first = council.titulars.subList(0, 6);
        List<VotingFixture.Member> second = council.titulars.subList(6, 11); // five of the second college's six
        List<Vote> firstVotes = List.of(Vote.FOR, Vote.FOR, Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.AGAINST);
        List<Vote> secondVotes = List.of(Vote.FOR, Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN);
        for (int i = 0; i < 6; i++) {
            ballots.cast(
                    first.get(i).actor(),
                    session.id(),
                    first.get(i).seat(),
                    new BallotChoice.ForAgainst(firstVotes.get(i)));
        }
        for (int i = 0; i < 5; i++) {
            ballots.cast(
                    second.get(i).actor(),
                    session.id(),
                    second.get(i).seat(),
                    new BallotChoice.ForAgainst(secondVotes.get(i)));
        }
        String stateReceipt = ballots.cast(
                        state.getFirst().actor(),
                        session.id(),
                        state.getFirst().seat(),
                        new BallotChoice.ForAgainst(Vote.ABSTAIN))
                .receipt();
        sessions.close(council.admin, session.id());
        SessionResult result = sessions.result(session.id());
        ResultTables.Translator keys = (key, arguments) -> arguments.length == 0 ? key : key + List.of(arguments);

        // The State college's lone ballot is merged with the published college with the fewest ballots (the second,
        // five), so that the totals minus the first college's row give nothing about it.
        ResultTables.Table table = ResultTables.colleges(result, keys);
        assertThat(table.rows())
                .containsExactly(
                        List.of("Collège 1", "6", "6", "4", "2", "0"),
                        List.of("motion.result.mergedColleges[Collège 2, Collège de l’État]", "8", "6", "3", "1", "2"));
        assertThat(table.note()).isEqualTo("motion.result.smallGroups[5]");
        assertThat(ResultTables.ballotCollege(result, council.colleges.get(3).id(), keys))
                .isEqualTo("motion.result.mergedColleges[Collège 2, Collège de l’État]");
        assertThat(ResultTables.ballotCollege(
                        result, council.colleges.getFirst().id(), keys))
                .isEqualTo("Collège 1");
        assertThat(result.secretBallots()).extracting(PublishedBallot::receipt).contains(stateReceipt);

        byte[] pdf = platform.bean(MinutesService.class).pdf(session.id());
        String minutes;
        try (var document = Loader.loadPDF(pdf)) {
            minutes = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(minutes)
                .contains("Collèges regroupés\u00a0: Collège 2, Collège de l’État 8 6 3 1 2")
                .contains("moins de 5 bulletins sont regroupés")
                .doesNotContain("Collège de l’État 2 1");
    }
}
