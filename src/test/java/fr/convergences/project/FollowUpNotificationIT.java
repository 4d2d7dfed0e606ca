package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.StoredId;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.convergence.TestConvergences;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import fr.convergences.identity.notification.Frequency;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.ArsReplyKind;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.project.notification.LateReplyReminders;
import fr.convergences.project.notification.MotionDecisionSweep;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop against the real database and mail server: who is told of each step (motion
 * decided, the agency's reply, action started and done, indicator published), once each, in their language and as
 * they chose; and 10,000 people behind a convergence told from the background, even when a node dies mid-batch.
 * (In the projet's test package for its fixture; the code under test is {@code project.notification} and the outbox.)
 */
class FollowUpNotificationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);
    private final TestAccounts accounts = new TestAccounts(platform);
    private final ActionService actions = platform.bean(ActionService.class);
    private final OutboxDelivery delivery = platform.bean(OutboxDelivery.class);

    @Test
    void
            everyone_behind_what_a_motion_and_an_action_answer_is_told_each_step_once_in_their_language_and_as_they_chose() {
        ProjectFixture fixture = new ProjectFixture(platform);
        long consultation = consultation(fixture);
        Account author = accounts.create("Autrice");
        Account supporter = accounts.create("Supporter");
        Account convergenceFollower = accounts.create("Suiveuse");
        Account actionFollower = accounts.create("Suiveur");
        Account stranger = accounts.create("Passant");
        sql.update("UPDATE account SET locale = 'en' WHERE id = ?", supporter.id());
        platform.bean(NotificationCenter.class)
                .choose(TestAccounts.actor(supporter), NotificationKind.FOLLOW_UP, Frequency.IMMEDIATELY);
        long contribution = contribution(consultation, author.id());
        long other = contribution(consultation, stranger.id());
        platform.bean(DiscussionService.class).support(TestAccounts.actor(supporter), contribution);
        long convergence = convergence(consultation, List.of(contribution));
        Follows follows = platform.bean(Follows.class);
        follows.follow(TestAccounts.actor(convergenceFollower), FollowedKind.CONVERGENCE, convergence);
        follows.follow(TestAccounts.actor(author), FollowedKind.CONTRIBUTION, contribution);
        follows.follow(TestAccounts.actor(stranger), FollowedKind.CONTRIBUTION, other);

        // The motion answers the contribution directly; its decision is found by the sweep.
        Motion motion = fixture.council.publishedMotion(MotionKind.AVIS, consultation, Set.of(contribution), Set.of());
        Account motionFollower = accounts.create("Suiveuse de la décision");
        follows.follow(TestAccounts.actor(motionFollower), FollowedKind.MOTION, motion.id());
        decide(fixture, motion.id());
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_job WHERE event_key LIKE 'voting-session-opened:%' AND link = ? "
                                + "AND expanded_at IS NOT NULL",
                        "/motions/" + motion.id()))
                .as("the opening wrote its voters to the outbox")
                .isEqualTo(1);
        platform.bean(MotionDecisionSweep.class).sweep();
        assertThat(platform.bean(MotionDecisionSweep.class).sweep())
                .as("a decision is recorded once")
                .isZero();
        delivery.runOnce();
        assertThat(titlesOf(author)).contains("Le conseil a adopté « " + motion.title() + " »");
        assertThat(titlesOf(supporter)).contains("The council adopted “" + motion.title() + "”");
        assertThat(titlesOf(convergenceFollower))
                .as("the motion answers the contribution, not the convergence")
                .isEmpty();
        for (var titular : fixture.council.titulars) {
            // Twice in all: the opening, then the published result; each once.
            assertThat(sql.column(
                            "SELECT title FROM notification WHERE account_id = ? AND kind = 'VOTING_SESSION' AND link = ? ORDER BY id",
                            titular.account().id(),
                            "/motions/" + motion.id()))
                    .as("each voter told of the opening and of the result once")
                    .hasSize(2)
                    .doesNotHaveDuplicates();
        }

        ArsFollowUpService ars = platform.bean(ArsFollowUpService.class);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        ars.recordSending(fixture.admin, motion.id(), today, today.plusMonths(2));
        ars.recordReply(fixture.admin, motion.id(), today, ArsReplyKind.PARTLY, "Retenu pour deux communes.");
        delivery.runOnce();
        assertThat(titlesOf(author)).contains("L’agence régionale de santé a répondu à « " + motion.title() + " »");
        assertThat(titlesOf(motionFollower))
                .as("who follows the motion is told of its decision and of the agency's reply")
                .containsExactly(
                        "Le conseil a adopté « " + motion.title() + " »",
                        "L’agence régionale de santé a répondu à « " + motion.title() + " »");

        // The action answers the convergence (and through it the contribution).
        HealthProject project =
                platform.bean(ProjectService.class).open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = platform.bean(ProjectService.class)
                .addAxis(fixture.admin, project.id(), "Accès aux soins", "Médecins.");
        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture));
        link(fixture, action.id(), convergence);
        follows.follow(TestAccounts.actor(actionFollower), FollowedKind.ACTION, action.id());
        follows.follow(TestAccounts.actor(author), FollowedKind.ACTION, action.id());
        actions.changeStatus(fixture.admin, action.id(), ActionStatus.IN_PROGRESS, null);
        delivery.runOnce();
        String started = "Action lancée\u00a0: « " + action.title() + " »";
        for (Account told : List.of(author, convergenceFollower, actionFollower)) {
            assertThat(titlesOf(told)).as(told.displayName()).containsOnlyOnce(started);
        }
        assertThat(titlesOf(supporter)).contains("Action started: “" + action.title() + "”");
        assertThat(titlesOf(stranger)).as("behind another contribution only").isEmpty();
        assertThat(platform.mailbox().to(supporter.email()))
                .extracting(mail -> mail.subject())
                .as("the supporter asked for immediate mail, in English")
                .contains("The council adopted “" + motion.title() + "”", "Action started: “" + action.title() + "”");
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP' AND digest_pending",
                        author.id()))
                .as("the author kept the default: the daily digest")
                .isEqualTo(3);

        IndicatorService indicators = platform.bean(IndicatorService.class);
        Indicator indicator = indicators.define(
                fixture.admin,
                project.id(),
                new IndicatorForm(
                        action.id(),
                        "Habitants sans médecin traitant",
                        "Part des habitants sans médecin traitant déclaré.",
                        "%",
                        "Assurance maladie",
                        new BigDecimal("14.5"),
                        LocalDate.of(2025, 12, 31),
                        new BigDecimal("10"),
                        LocalDate.of(2028, 12, 31),
                        fr.convergences.project.Frequency.YEARLY,
                        Direction.LOWER_IS_BETTER,
                        "ARS"));
        long usersCollege = indicators.colleges(fixture.councilId()).getFirst().id();
        indicators.recordCollegeAgreement(fixture.admin, indicator.id(), usersCollege, today);
        actions.changeStatus(fixture.admin, action.id(), ActionStatus.DONE, null);
        delivery.runOnce();
        assertThat(titlesOf(actionFollower))
                .containsExactlyInAnyOrder(
                        "Action lancée\u00a0: « " + action.title() + " »",
                        "Nouvel indicateur public\u00a0: « " + indicator.name() + " »",
                        "Action réalisée\u00a0: « " + action.title() + " »");
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_outbox o JOIN notification_job j ON j.id = o.job_id "
                                + "WHERE j.event_key IN (?, ?, ?) AND o.delivered_at IS NULL",
                        "action-started:" + action.id(),
                        "action-done:" + action.id(),
                        "indicator-published:" + indicator.id()))
                .isZero();
    }

    @Test
    void
            ten_thousand_people_behind_a_convergence_are_told_from_the_background_once_each_even_when_a_node_dies_mid_batch()
                    throws SQLException {
        ProjectFixture fixture = new ProjectFixture(platform);
        long consultation = consultation(fixture);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Raw rows on purpose (set-based, a second or two): 10,000 accounts, 100 contributions and 9,900 supports
        // through
        // the services would take minutes of password hashing and rate-limited calls for what is not under test here.
        sql.update("""
                INSERT INTO account (email, display_name, status, locale, created_at)
                SELECT 'suite-' || ? || '-' || g || '@test.convergences.invalid', 'Habitant ' || g, 'ACTIVE', 'fr', now()
                FROM generate_series(1, 10000) g""", tag);
        String people =
                "SELECT id, row_number() OVER (ORDER BY id) AS n FROM account WHERE email LIKE 'suite-' || ? || '-%'";
        // 100 contributions, each written by one of the people and supported by 99 others; authors also support the
        // next one.
        sql.update(
                "INSERT INTO contribution (consultation_id, author_account_id, kind, title, body, status, published_at, created_at) "
                        + "SELECT ?, p.id, 'NEED', 'Besoin ' || p.n, 'Un rendez-vous chez un médecin.', 'PUBLISHED', now(), now() "
                        + "FROM (" + people + ") p WHERE p.n <= 100",
                consultation,
                tag);
        String contributions =
                "SELECT id, row_number() OVER (ORDER BY id) AS m FROM contribution WHERE consultation_id = ?";
        sql.update(
                "INSERT INTO contribution_support (contribution_id, account_id, created_at) SELECT c.id, p.id, now() "
                        + "FROM (" + people + ") p JOIN (" + contributions
                        + ") c ON c.m = (p.n % 100) + 1 WHERE p.n > 100",
                tag,
                consultation);
        sql.update(
                "INSERT INTO contribution_support (contribution_id, account_id, created_at) SELECT c.id, p.id, now() "
                        + "FROM (" + people + ") p JOIN (" + contributions + ") c ON c.m = p.n + 1 WHERE p.n < 100",
                tag,
                consultation);
        List<Long> ids =
                sql.column("SELECT id FROM contribution WHERE consultation_id = ? ORDER BY id", consultation).stream()
                        .map(id -> ((Number) id).longValue())
                        .toList();
        long convergence = convergence(consultation, ids);
        HealthProject project =
                platform.bean(ProjectService.class).open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = platform.bean(ProjectService.class)
                .addAxis(fixture.admin, project.id(), "Accès aux soins", "Médecins.");
        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture));
        link(fixture, action.id(), convergence);
        String link = "/actions/" + action.id();

        long start = System.nanoTime();
        actions.changeStatus(fixture.admin, action.id(), ActionStatus.IN_PROGRESS, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long toldAtReturn = sql.count("SELECT count(*) FROM notification WHERE link = ?", link);
        assertThat(toldAtReturn)
                .as("the request does not tell 10,000 people itself")
                .isLessThan(10_000);
        assertThat(took)
                .as("the request records one row, whatever the audience")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_job WHERE event_key = ?", "action-started:" + action.id()))
                .isEqualTo(1);

        // A node dies mid-batch: it claimed 500 recipients and wrote their notifications, and its connection drops
        // before the commit. Meanwhile this node (and its own schedule, at the same time) delivers everyone else; then
        // the rows the dead node held come back and are delivered once.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sql.count(
                                "SELECT count(*) FROM notification_job WHERE event_key = ? AND expanded_at IS NULL",
                                "action-started:" + action.id())
                        > 0
                && System.nanoTime() < deadline) {
            delivery.expandOne();
        }
        try (Connection dying = DelegatingDataSource.unwrapDataSource(platform.bean(DataSource.class))
                .getConnection()) {
            dying.setAutoCommit(false);
            int held;
            try (PreparedStatement claim = dying.prepareStatement("""
                    INSERT INTO notification (account_id, kind, title, body, link, created_at, digest_pending)
                    SELECT account_id, 'FOLLOW_UP', 'claimed', 'by a node about to die', ?, now(), false FROM (
                      SELECT o.account_id FROM notification_outbox o JOIN notification_job j ON j.id = o.job_id
                      WHERE j.event_key = ? AND o.delivered_at IS NULL ORDER BY o.account_id DESC LIMIT 500
                      FOR UPDATE OF o SKIP LOCKED) claimed""")) {
                claim.setString(1, link);
                claim.setString(2, "action-started:" + action.id());
                held = claim.executeUpdate();
            }
            // Usually 500; fewer if this node's schedule was quicker than the test (then the rest is the same proof).
            assertThat(held).isPositive();
            while (sql.count("SELECT count(*) FROM notification WHERE link = ?", link) < 10_000 - held
                    && System.nanoTime() < deadline) {
                delivery.runOnce();
            }
            assertThat(sql.count("SELECT count(*) FROM notification WHERE link = ?", link))
                    .as("everyone but the held rows")
                    .isEqualTo(10_000 - held);
            dying.rollback();
        }
        while (pending(action.id()) > 0 && System.nanoTime() < deadline) {
            delivery.runOnce();
        }
        assertThat(pending(action.id())).isZero();
        assertThat(sql.count(
                        "SELECT recipients FROM notification_job WHERE event_key = ?", "action-started:" + action.id()))
                .isEqualTo(10_000);
        assertThat(sql.count("SELECT count(*) FROM notification WHERE link = ?", link))
                .isEqualTo(10_000);
        assertThat(sql.count(
                        "SELECT count(*) FROM (" + people + ") p WHERE (SELECT count(*) FROM notification n "
                                + "WHERE n.account_id = p.id AND n.link = ?) <> 1",
                        tag,
                        link))
                .as("everyone told exactly once")
                .isZero();
    }

    @Test
    void a_late_agency_reply_reminds_the_council_admins_once() {
        ProjectFixture fixture = new ProjectFixture(platform);
        Motion avis = fixture.council.publishedMotion(MotionKind.AVIS, List.of());
        decide(fixture, avis.id());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        ArsFollowUpService ars = platform.bean(ArsFollowUpService.class);
        ars.recordSending(fixture.admin, avis.id(), today.minusMonths(3), today.minusDays(2));
        LateReplyReminders reminders = platform.bean(LateReplyReminders.class);
        reminders.remind();
        assertThat(reminders.remind())
                .as("once per avis and expected date, whatever the number of runs")
                .isZero();
        delivery.runOnce();
        String title = "Réponse de l’agence attendue\u00a0: « " + avis.title() + " »";
        assertThat(sql.column(
                        "SELECT title FROM notification WHERE account_id = ? AND kind = 'ARS_REMINDER'",
                        fixture.admin.accountId()))
                .containsExactly(title);
        assertThat(platform.mailbox()
                        .to(sql.column("SELECT email FROM account WHERE id = ?", fixture.admin.accountId())
                                .getFirst()
                                .toString()))
                .extracting(mail -> mail.subject())
                .as("mailed at once by default")
                .contains(title);

        ars.recordReply(fixture.admin, avis.id(), today, ArsReplyKind.NONE, null);
        ars.recordSending(fixture.admin, avis.id(), today.minusMonths(3), today.minusDays(1));
        reminders.remind();
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_job WHERE event_key LIKE ?", "ars-late:" + avis.id() + ":%"))
                .as("a reply is in the register: no more reminders")
                .isEqualTo(1);
    }

    private long pending(long actionId) {
        return sql.count(
                "SELECT count(*) FROM notification_job j WHERE j.event_key = ? AND (j.expanded_at IS NULL "
                        + "OR EXISTS (SELECT 1 FROM notification_outbox o WHERE o.job_id = j.id AND o.delivered_at IS NULL))",
                "action-started:" + actionId);
    }

    private List<String> titlesOf(Account account) {
        return sql
                .column(
                        "SELECT title FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP' ORDER BY id",
                        account.id())
                .stream()
                .map(String::valueOf)
                .toList();
    }

    private long consultation(ProjectFixture fixture) {
        return platform.bean(ConsultationService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        new ConsultationForm(
                                "Diagnostic territorial",
                                "Quels sont vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusMonths(1),
                                        LocalDate.now().plusMonths(1)))))
                .id();
    }

    private long contribution(long consultation, long author) {
        return platform.bean(ContributionService.class)
                .submit(
                        Actor.account(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Trouver un médecin",
                                "Pas de médecin traitant depuis deux ans.",
                                Set.of(),
                                null))
                .id();
    }

    private long convergence(long consultation, List<Long> members) {
        return StoredId.of(new TestConvergences(platform)
                .of(consultation)
                .members(members)
                .create()
                .id());
    }

    private void link(ProjectFixture fixture, long actionId, long convergence) {
        // Through the real use case: it checks that the convergence is confirmed and of the action's council.
        actions.link(fixture.admin, actionId, LinkKind.CONVERGENCE, convergence);
    }

    private void decide(ProjectFixture fixture, long motionId) {
        VotingSessionService sessions = platform.bean(VotingSessionService.class);
        VotingSession session = sessions.open(
                fixture.admin,
                sessions.plan(
                                fixture.admin,
                                motionId,
                                SessionForm.online(BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST, null))
                        .id());
        BallotService ballots = platform.bean(BallotService.class);
        fixture.council.titulars.forEach(titular ->
                ballots.cast(titular.actor(), session.id(), titular.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        sessions.close(fixture.admin, session.id());
    }

    private static ActionForm actionForm(ProjectFixture fixture) {
        return new ActionForm(
                "Consultations du soir " + UUID.randomUUID().toString().substring(0, 6),
                "Trois maisons de santé ouvertes le soir.",
                fixture.owner.id(),
                Set.of(),
                Set.of(fixture.commune.inseeCode()),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 6, 30),
                null);
    }
}
