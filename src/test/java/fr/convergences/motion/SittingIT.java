package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Capacity;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Sittings against the real database: substitutes, proxies, recusals, attendance and quorum, and the refusals around them. */
class SittingIT {

    private static TestPlatform platform;
    private static SittingService sittings;
    private static BallotService ballots;
    private static VotingSessionService sessions;
    private static TestSql sql;

    @BeforeAll
    static void setUp() {
        platform = TestPlatform.shared();
        sittings = platform.bean(SittingService.class);
        ballots = platform.bean(BallotService.class);
        sessions = platform.bean(VotingSessionService.class);
        sql = new TestSql(platform);
    }

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static String sittingState(long sitting) {
        return sql.column(
                        "SELECT (SELECT count(*) FROM sitting_absence WHERE sitting_id = ?) || '/' || (SELECT count(*) FROM sitting_proxy WHERE sitting_id = ?)"
                                + " || '/' || (SELECT count(*) FROM sitting_attendance WHERE sitting_id = ?)",
                        sitting,
                        sitting,
                        sitting)
                .getFirst()
                .toString();
    }

    @Test
    void a_sitting_with_a_substitute_a_proxy_and_a_recusal_is_counted_and_minuted_with_each() {
        VotingFixture council = new VotingFixture(platform, 4, 1);
        Motion motion = council.publishedMotion(MotionKind.AVIS, List.of());
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance plénière",
                        SittingMode.HYBRID,
                        "Évry",
                        "https://visio.example.org/cts",
                        LocalDateTime.now().plusDays(1),
                        2,
                        List.of(motion.id()),
                        "Avis attendu par l’ARS sous huit jours."));
        assertThat(sitting.convocationSentAt()).isNotNull();
        VotingFixture.Member absent = council.titulars.get(0);
        VotingFixture.Member substitute = council.substituteOf(absent);
        VotingFixture.Member giver = council.titulars.get(1);
        VotingFixture.Member holder = council.titulars.get(2);
        VotingFixture.Member recused = council.titulars.get(3);

        sittings.declareAbsence(absent.actor(), sitting.id());
        sittings.giveProxy(giver.actor(), sitting.id(), holder.account().id());
        String before = sittingState(sitting.id());
        refused(
                "motion.proxy.holderFull",
                () -> sittings.giveProxy(
                        council.titulars.get(4).actor(),
                        sitting.id(),
                        holder.account().id()));
        refused(
                "motion.proxy.alreadyGiven",
                () -> sittings.giveProxy(
                        giver.actor(),
                        sitting.id(),
                        council.titulars.get(4).account().id()));
        refused(
                "motion.proxy.self",
                () -> sittings.giveProxy(
                        council.titulars.get(4).actor(),
                        sitting.id(),
                        council.titulars.get(4).account().id()));
        long outsider = new TestAccounts(platform).create("Extérieur").id();
        refused(
                "motion.proxy.holderNotMember",
                () -> sittings.giveProxy(council.titulars.get(4).actor(), sitting.id(), outsider));
        refused(
                "motion.proxy.substituteSits",
                () -> sittings.giveProxy(
                        council.titulars.get(4).actor(),
                        sitting.id(),
                        council.titulars.get(7).account().id()));
        assertThat(sittingState(sitting.id())).isEqualTo(before);

        for (VotingFixture.Member member :
                List.of(substitute, holder, recused, council.titulars.get(5), council.titulars.get(6))) {
            sittings.join(member.actor(), sitting.id());
        }
        VotingSession session = sessions.plan(
                council.admin,
                motion.id(),
                SessionForm.inSitting(sitting.id(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST));
        VotingFixture.begin(platform, sitting.id());
        sessions.open(council.admin, session.id());
        platform.bean(MotionService.class)
                .declareInterest(recused.actor(), motion.id(), "Je dirige l’établissement concerné.");

        refused(
                "motion.ballot.declaredAbsent",
                () -> ballots.cast(absent.actor(), session.id(), absent.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        refused(
                "motion.ballot.recused",
                () -> ballots.cast(
                        recused.actor(), session.id(), recused.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        refused(
                "motion.ballot.notPresent",
                () -> ballots.cast(
                        council.titulars.get(7).actor(),
                        session.id(),
                        council.titulars.get(7).seat(),
                        new BallotChoice.ForAgainst(Vote.FOR)));
        assertThat(ballots.cast(substitute.actor(), session.id(), absent.seat(), new BallotChoice.ForAgainst(Vote.FOR))
                        .capacity())
                .isEqualTo(Capacity.SUBSTITUTE);
        assertThat(ballots.cast(holder.actor(), session.id(), holder.seat(), new BallotChoice.ForAgainst(Vote.FOR))
                        .capacity())
                .isEqualTo(Capacity.SEAT);
        assertThat(ballots.cast(holder.actor(), session.id(), giver.seat(), new BallotChoice.ForAgainst(Vote.AGAINST))
                        .capacity())
                .isEqualTo(Capacity.PROXY);
        ballots.cast(
                council.titulars.get(5).actor(),
                session.id(),
                council.titulars.get(5).seat(),
                new BallotChoice.ForAgainst(Vote.FOR));
        refused(
                "motion.proxy.alreadyVoted",
                () -> sittings.giveProxy(
                        council.titulars.get(5).actor(),
                        sitting.id(),
                        council.titulars.get(6).account().id()));

        VotingSession closed = sessions.close(council.admin, session.id());

        var tally = sessions.result(session.id()).tally();
        assertThat(tally.electorate())
                .as("8 seats with voting right, one recused")
                .isEqualTo(7);
        assertThat(tally.presentOrRepresented())
                .as("substitute, holder, proxy giver, and titulars 6 and 7")
                .isEqualTo(5);
        assertThat(closed.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(tally.forVotes()).isEqualTo(3);
        assertThat(platform.bean(SessionVerifier.class)
                        .verify(session.id(), closed.publishedHead())
                        .problems())
                .isEmpty();
        assertThat(platform.bean(fr.convergences.motion.application.MinutesService.class)
                        .minutes(session.id())
                        .heading())
                .contains("Procédure d’urgence\u00a0: Avis attendu par l’ARS sous huit jours.");
        assertThat(platform.bean(fr.convergences.motion.application.MinutesService.class)
                        .minutes(session.id())
                        .sections())
                .as("the minutes follow the sitting's agenda")
                .filteredOn(section -> section.title().equals("Ordre du jour de la séance"))
                .singleElement()
                .satisfies(section -> assertThat(section.lines()).containsExactly("1. " + motion.title()));
        assertThat(sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", council.council.id()))
                .contains(
                        "motion.sitting.convene",
                        "motion.sitting.absence",
                        "motion.proxy.give",
                        "motion.interest.declare",
                        "motion.session.open",
                        "motion.ballot.cast",
                        "motion.session.close");
        assertThat(sittings.page(council.admin, sitting.id()).roll())
                .extracting(seat -> seat.presence().name())
                .contains("SUBSTITUTED", "REPRESENTED", "PRESENT");
        TestOutbox.deliverAll(platform);
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND title LIKE '%siégez%'",
                        substitute.account().id()))
                .isEqualTo(1);
    }

    @Test
    void proxies_never_chain_each_holder_holds_one_and_a_giver_withdraws_theirs_once_the_vote_using_it_is_closed() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        Motion motion = council.publishedMotion(MotionKind.AVIS, List.of());
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance des procurations",
                        SittingMode.HYBRID,
                        "Évry",
                        "https://visio.example.org/cts",
                        LocalDateTime.now().plusDays(1),
                        0,
                        List.of(motion.id()),
                        "Avis attendu sous huit jours."));
        VotingFixture.Member giver = council.titulars.get(0);
        VotingFixture.Member holder = council.titulars.get(1);
        VotingFixture.Member third = council.titulars.get(2);
        VotingFixture.Member fourth = council.titulars.get(3);

        sittings.giveProxy(giver.actor(), sitting.id(), holder.account().id());
        String before = sittingState(sitting.id());
        refused(
                "motion.proxy.chain.giverHolds",
                () -> sittings.giveProxy(
                        holder.actor(), sitting.id(), third.account().id()));
        refused(
                "motion.proxy.chain.holderGave",
                () -> sittings.giveProxy(
                        third.actor(), sitting.id(), giver.account().id()));
        refused(
                "motion.proxy.holderFull",
                () -> sittings.giveProxy(
                        fourth.actor(), sitting.id(), holder.account().id()));
        refused("motion.proxy.revoke.none", () -> sittings.revokeProxy(fourth.actor(), sitting.id()));
        assertThat(sittingState(sitting.id())).as("refusals change nothing").isEqualTo(before);

        sittings.join(holder.actor(), sitting.id());
        VotingFixture.begin(platform, sitting.id());
        VotingSession session = sessions.open(
                council.admin,
                sessions.plan(
                                council.admin,
                                motion.id(),
                                SessionForm.inSitting(sitting.id(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST))
                        .id());
        assertThat(ballots.panel(giver.actor(), session.id()).canJoin())
                .as("the giver is not offered to join")
                .isFalse();
        ballots.cast(holder.actor(), session.id(), giver.seat(), new BallotChoice.ForAgainst(Vote.FOR));
        refused("motion.proxy.revoke.alreadyVoted", () -> sittings.revokeProxy(giver.actor(), sitting.id()));
        sessions.close(council.admin, session.id());

        sittings.revokeProxy(giver.actor(), sitting.id());
        assertThat(sittings.page(giver.actor(), sitting.id()).mine()).satisfies(mine -> {
            assertThat(mine.proxyGivenTo()).isNull();
            assertThat(mine.absent()).as("the giver is expected again").isFalse();
        });
        TestOutbox.deliverAll(platform);
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND title LIKE 'Procuration retirée%'",
                        holder.account().id()))
                .isEqualTo(1);
        assertThat(sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", council.council.id()))
                .containsSubsequence("motion.proxy.give", "motion.proxy.revoke");
        sittings.giveProxy(fourth.actor(), sitting.id(), holder.account().id());
        sittings.join(giver.actor(), sitting.id());
        assertThat(sittings.roll(sitting.id()))
                .filteredOn(seat -> seat.seatMandateId() == giver.seat())
                .extracting(seat -> seat.presence().name())
                .containsExactly("PRESENT");
    }

    @Test
    void a_sitting_within_the_reglements_delay_needs_the_urgent_procedure_whose_reason_the_minutes_print() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        long id = council.council.id();
        refused(
                "motion.sitting.notice.tooShort",
                () -> sittings.convene(
                        council.admin,
                        id,
                        new SittingForm(
                                "Trop proche",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                LocalDateTime.now().plusHours(80),
                                null,
                                List.of())));
        refused(
                "motion.sitting.notice.belowRule",
                () -> sittings.convene(
                        council.admin,
                        id,
                        new SittingForm(
                                "Convocation tardive",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                LocalDateTime.now().plusDays(20),
                                2,
                                List.of())));
        assertThat(sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", id))
                .as("refusals convene nothing")
                .isZero();

        Sitting ordinary = sittings.convene(
                council.admin,
                id,
                new SittingForm(
                        "Séance ordinaire",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(6),
                        null,
                        List.of()));
        assertThat(ordinary.noticeDays()).as("the règlement's delay by default").isEqualTo(5);
        assertThat(sittings.urgency(ordinary.id())).isEmpty();

        sittings.setNoticeDays(council.admin, id, 2);
        refused("motion.sitting.notice.range", () -> sittings.setNoticeDays(council.admin, id, -1));
        Sitting sooner = sittings.convene(
                council.admin,
                id,
                new SittingForm(
                        "Séance à trois jours",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(3),
                        null,
                        List.of()));
        assertThat(sooner.noticeDays()).isEqualTo(2);

        Sitting urgent = sittings.convene(
                council.admin,
                id,
                new SittingForm(
                        "Séance d’urgence",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusMinutes(80),
                        0,
                        List.of(),
                        "Fermeture annoncée des urgences de nuit de l’hôpital."));
        assertThat(urgent.convocationSentAt()).as("sent at once").isNotNull();
        assertThat(sittings.urgency(urgent.id())).contains("Fermeture annoncée des urgences de nuit de l’hôpital.");
        assertThat(sittings.page(council.admin, urgent.id()).urgentReason())
                .isEqualTo("Fermeture annoncée des urgences de nuit de l’hôpital.");
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // convocations leave through the outbox
        assertThat(sql.column(
                        "SELECT replace(body, chr(160), ' ') FROM notification WHERE account_id = ? AND title = 'Convocation\u00a0: Séance d’urgence'",
                        council.titulars.getFirst().account().id()))
                .singleElement()
                .asString()
                .matches("(?s).*le \\d{1,2}(er)? \\p{L}+ \\d{4} à \\d{2}:\\d{2} \\(heure [^)]+\\)\\. .*")
                .contains(
                        "Lieu : Évry.",
                        "Ordre du jour : communiqué sur la page de la séance",
                        "/api/sittings/" + urgent.id() + ".ics");
        assertThat(sittings.calendar(urgent.id(), "https://cts.example.org"))
                .contains(
                        "BEGIN:VEVENT",
                        "UID:sitting-" + urgent.id() + "@convergences",
                        "SUMMARY:Séance d’urgence",
                        "LOCATION:Évry",
                        "URL:https://cts.example.org/seances/" + urgent.id());
        assertThat(sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", id))
                .contains("motion.rules.notice");
    }

    @Test
    void
            the_chair_sees_the_quorum_recomputed_at_each_arrival_departure_and_corrected_check_in_which_the_minutes_list() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        Motion motion = council.publishedMotion(MotionKind.AVIS, List.of());
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance suivie en direct",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(1),
                        0,
                        List.of(motion.id()),
                        "Saisine urgente de l’ARS."));
        VotingFixture.Member first = council.titulars.get(0);
        VotingFixture.Member second = council.titulars.get(1);
        VotingFixture.Member third = council.titulars.get(2);

        sittings.checkIn(council.admin, sitting.id(), first.seat());
        assertThat(sittings.live(council.admin, sitting.id())).satisfies(live -> {
            assertThat(live.seats()).isEqualTo(4);
            assertThat(live.present()).isEqualTo(1);
            assertThat(live.quorumReached()).as("1 of 4, half needed").isFalse();
        });
        sittings.checkIn(council.admin, sitting.id(), second.seat());
        assertThat(sittings.live(council.admin, sitting.id()).quorumReached())
                .as("2 of 4")
                .isTrue();
        sittings.recordDeparture(council.admin, sitting.id(), second.seat());
        assertThat(sittings.live(council.admin, sitting.id()).quorumReached())
                .as("back to 1 of 4")
                .isFalse();
        refused(
                "motion.attendance.notPresent",
                () -> sittings.recordDeparture(council.admin, sitting.id(), second.seat()));

        sittings.checkIn(council.admin, sitting.id(), third.seat());
        VotingFixture.begin(platform, sitting.id());
        VotingSession session = sessions.open(
                council.admin,
                sessions.plan(
                                council.admin,
                                motion.id(),
                                SessionForm.inSitting(sitting.id(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST))
                        .id());
        assertThat(ballots.panel(council.adviser.actor(), session.id()).consultative())
                .as("a qualified person is told why they do not vote")
                .isTrue();
        assertThat(ballots.panel(third.actor(), session.id()).consultative()).isFalse();
        ballots.cast(third.actor(), session.id(), third.seat(), new BallotChoice.ForAgainst(Vote.FOR));
        refused("motion.attendance.undo.voted", () -> sittings.undoCheckIn(council.admin, sitting.id(), third.seat()));
        sittings.undoCheckIn(council.admin, sitting.id(), first.seat());
        refused(
                "motion.ballot.notPresent",
                () -> ballots.cast(first.actor(), session.id(), first.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        assertThat(sittings.live(council.admin, sitting.id()).movements())
                .extracting(movement -> movement.kind().name())
                .containsExactly("ARRIVAL", "ARRIVAL", "DEPARTURE", "ARRIVAL", "CORRECTION");

        sessions.close(council.admin, session.id());
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // the result is told through the outbox
        assertThat(sql.column(
                        "SELECT body FROM notification WHERE account_id = ? AND title LIKE 'Résultat publié%'",
                        first.account().id()))
                .as("every member of the electorate hears of the published result")
                .singleElement()
                .asString()
                .contains("clos sans quorum\u00a0: rien n’est décidé");
        assertThat(platform.bean(fr.convergences.motion.application.MinutesService.class)
                        .minutes(session.id())
                        .sections())
                .filteredOn(section -> section.title().equals("Arrivées et départs"))
                .singleElement()
                .satisfies(section -> assertThat(section.lines())
                        .hasSize(5)
                        .anyMatch(line ->
                                line.endsWith("départ de " + second.account().displayName())));
        assertThat(sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", council.council.id()))
                .contains("motion.sitting.departure", "motion.sitting.attendance.undo");
    }

    @Test
    void without_quorum_nothing_is_decided_and_the_council_reconvened_votes_without_quorum() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        Motion motion = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        VotingSession first = sessions.open(
                council.admin,
                sessions.plan(
                                council.admin,
                                motion.id(),
                                SessionForm.online(BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST, null))
                        .id());
        ballots.cast(
                council.titulars.getFirst().actor(),
                first.id(),
                council.titulars.getFirst().seat(),
                new BallotChoice.ForAgainst(Vote.FOR));
        assertThat(sessions.close(council.admin, first.id()).outcome()).isEqualTo(Outcome.NO_QUORUM);
        refused(
                "motion.session.quorum.waiver",
                () -> sessions.plan(
                        council.admin,
                        motion.id(),
                        new SessionForm(
                                null,
                                BallotKind.ROLL_CALL,
                                VotingMethod.FOR_AGAINST,
                                fr.convergences.motion.model.MajorityRule.SIMPLE,
                                false,
                                fr.convergences.motion.model.TieRule.REJECTED,
                                null,
                                null,
                                null,
                                null,
                                null)));
        VotingSession second = sessions.open(
                council.admin,
                sessions.plan(
                                council.admin,
                                motion.id(),
                                new SessionForm(
                                        null,
                                        BallotKind.ROLL_CALL,
                                        VotingMethod.FOR_AGAINST,
                                        fr.convergences.motion.model.MajorityRule.SIMPLE,
                                        false,
                                        fr.convergences.motion.model.TieRule.REJECTED,
                                        null,
                                        null,
                                        first.id(),
                                        null,
                                        null))
                        .id());
        ballots.cast(
                council.titulars.getFirst().actor(),
                second.id(),
                council.titulars.getFirst().seat(),
                new BallotChoice.ForAgainst(Vote.FOR));
        assertThat(sessions.close(council.admin, second.id()).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(platform.bean(MotionService.class)
                        .page(council.admin, motion.id())
                        .motion()
                        .status()
                        .name())
                .isEqualTo("ADOPTED");
    }

    @Test
    void an_arbitration_by_ranked_ballots_refuses_duplicate_ranks_and_publishes_the_pairwise_table() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        VotingSession session = council.openOnline(
                BallotKind.SECRET,
                MotionKind.ARBITRATION,
                VotingMethod.RANKED,
                List.of("Centre de santé", "Maison de santé", "Bus santé"));
        List<Long> options =
                platform.bean(MotionService.class).page(council.admin, session.motionId()).options().stream()
                        .map(fr.convergences.motion.model.MotionOption::id)
                        .toList();
        refused(
                "motion.ballot.ranked.duplicate",
                () -> ballots.cast(
                        council.titulars.getFirst().actor(),
                        session.id(),
                        council.titulars.getFirst().seat(),
                        fr.convergences.motion.model.RankedBallotPolicy.ranking(
                                Map.of(options.get(0), 1, options.get(1), 1), options)));
        for (VotingFixture.Member member : council.titulars) {
            ballots.cast(
                    member.actor(),
                    session.id(),
                    member.seat(),
                    new BallotChoice.Ranking(List.of(options.get(1), options.get(0))));
        }
        VotingSession closed = sessions.close(council.admin, session.id());
        assertThat(closed.winningOptionId()).isEqualTo(options.get(1));
        assertThat(sessions.result(session.id()).tally().pairwise()[1]).containsExactly(4, 0, 4);
        // The table the motion's page and the minutes both show (keys stand for their translations).
        fr.convergences.motion.application.ResultTables.Table table =
                fr.convergences.motion.application.ResultTables.pairwise(sessions.result(session.id()), key -> key);
        assertThat(table.header())
                .containsExactly("motion.result.pairwiseCorner", "Centre de santé", "Maison de santé", "Bus santé");
        assertThat(table.rows().get(1)).containsExactly("Maison de santé", "4", "—", "4");
    }
}
