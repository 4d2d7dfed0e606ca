package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.registration.RegistrantErasure;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.notification.DailyDigest;
import fr.convergences.identity.notification.DigestSchedule;
import fr.convergences.identity.notification.Frequency;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import fr.convergences.motion.VotingFixture;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduled jobs on two nodes of one PostgreSQL: each mechanism that makes a job's effects happen once, tried with
 * both nodes firing at the same moment (row claims with SKIP LOCKED: convocations, registrants' erasure), and the
 * hourly catch-up that makes the digest resume after a node was down at its hour. The digest's own claim is
 * DigestOnTwoNodesIT; the search change log's is SearchNodesIT; the chain sealer's lock is VotingCrashIT's.
 */
class JobsOnTwoNodesIT {

    private static final TestPlatform nodeA = TestPlatform.shared();
    private static SecondNode nodeB;
    private final TestSql sql = new TestSql(nodeA);

    @BeforeAll
    static void startSecondNode() {
        nodeB = new SecondNode(nodeA);
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void a_convocation_due_on_two_nodes_at_once_reaches_each_member_once() {
        VotingFixture council = new VotingFixture(nodeA, 3, 0);
        Sitting sitting = nodeA.bean(SittingService.class)
                .convene(
                        council.admin,
                        council.council.id(),
                        new SittingForm(
                                "Séance des deux nœuds",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                LocalDateTime.now().plusDays(20),
                                5,
                                List.of()));
        assertThat(sitting.convocationSentAt()).as("not due yet").isNull();
        sql.update("UPDATE sitting SET starts_at = now() + interval '1 day' WHERE id = ?", sitting.id());

        int convened = atOnce(
                () -> nodeA.bean(SittingService.class).sendDueConvocations(),
                () -> nodeB.bean(SittingService.class).sendDueConvocations());

        nodeA.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // convocations leave through the outbox
        assertThat(convened)
                .as("sittings convened by both nodes together, unless a background loop was first")
                .isLessThanOrEqualTo(1);
        for (VotingFixture.Member member : council.titulars) {
            assertThat(nodeA.mailbox().to(member.account().email()))
                    .filteredOn(mail -> mail.subject().contains("Séance des deux nœuds"))
                    .as("convocations mailed to " + member.account().email())
                    .hasSize(1);
        }
        assertThat(sql.count(
                        "SELECT count(*) FROM sitting WHERE id = ? AND convocation_sent_at IS NOT NULL", sitting.id()))
                .isEqualTo(1);
    }

    @Test
    void registrants_erased_by_two_nodes_at_once_are_erased_once_per_debate() {
        DebateFixtures fixtures = new DebateFixtures(nodeA);
        long consultation = fixtures.consultation();
        RegistrationService registrations = nodeA.bean(RegistrationService.class);
        List<Debate> debates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Debate debate = fixtures.publicDebate(consultation, "Débat effacé " + i, 10);
            registrations.registerOnBehalf(fixtures.organiser, debate.id(), "Personne " + i, "06 00 00 00 0" + i);
            debates.add(debate);
        }
        Instant latestEnd =
                debates.stream().map(Debate::endsAt).max(Instant::compareTo).orElseThrow();
        Instant afterRetention =
                latestEnd.plus(nodeA.bean(RegistrantErasure.class).retention()).plus(Duration.ofMinutes(1));
        long dueBefore = sql.count(
                "SELECT count(*) FROM debate WHERE registrants_erased_at IS NULL AND ends_at < ?",
                java.sql.Timestamp.from(
                        afterRetention.minus(nodeA.bean(RegistrantErasure.class).retention())));

        int erased = atOnce(
                () -> nodeA.bean(RegistrantErasure.class).erase(afterRetention),
                () -> nodeB.bean(RegistrantErasure.class).erase(afterRetention));

        assertThat((long) erased)
                .as("debates erased by the two runs together: each once")
                .isEqualTo(dueBefore);
        for (Debate debate : debates) {
            assertThat(sql.count(
                            "SELECT count(*) FROM debate_registration WHERE debate_id = ? AND name IS NOT NULL",
                            debate.id()))
                    .isZero();
        }
        assertThat(nodeB.bean(RegistrantErasure.class).erase(afterRetention))
                .as("nothing left for a third run")
                .isZero();
    }

    @Test
    void a_digest_missed_at_seven_is_sent_by_the_next_hourly_run_without_the_items_notified_since() {
        Account person = new TestAccounts(nodeA).create("Réveil tardif");
        nodeA.bean(NotificationCenter.class)
                .choose(TestAccounts.actor(person), NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST);
        Notifications notifications = nodeA.bean(Notifications.class);
        notifications.notify(
                person.id(),
                NotificationKind.VOTING_SESSION,
                "notification.test.title",
                "notification.test.body",
                List.of("avant sept heures"),
                "/notifications");
        TestOutbox.deliverAll(nodeA);
        Instant now = Instant.now();
        // The node was down at the last 7:00: the item above is older than the run that should have sent it.
        Instant lastSeven = DigestSchedule.lastSending(now, DigestSchedule.PARIS);
        sql.update(
                "UPDATE notification SET created_at = ? WHERE account_id = ?",
                java.sql.Timestamp.from(lastSeven.minusSeconds(600)),
                person.id());
        notifications.notify(
                person.id(),
                NotificationKind.VOTING_SESSION,
                "notification.test.title",
                "notification.test.body",
                List.of("après sept heures"),
                "/notifications");

        TestOutbox.deliverAll(nodeA);
        nodeB.bean(DailyDigest.class).sendDailyDigests(now, lastSeven);

        assertThat(nodeA.mailbox().to(person.email())).hasSize(1);
        assertThat(nodeA.mailbox().to(person.email()).getFirst().text())
                .contains("avant sept heures")
                .doesNotContain("après sept heures");
        nodeA.bean(DailyDigest.class).sendDailyDigests(now, lastSeven);
        assertThat(nodeA.mailbox().to(person.email()))
                .as("the next hourly run sends no second digest today")
                .hasSize(1);
    }

    private static int atOnce(Supplier<Integer> onA, Supplier<Integer> onB) {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(onA);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(onB);
        return a.join() + b.join();
    }
}
