package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The morning digest fires on every node at once: each person still gets one mail, whichever node sends it. */
class DigestOnTwoNodesIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void two_nodes_sending_the_digest_at_the_same_moment_mail_each_person_once() {
        NotificationCenter center = platform.bean(NotificationCenter.class);
        Notifications notifications = platform.bean(Notifications.class);
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Account person = new TestAccounts(platform).create("Deux nœuds " + i);
            center.choose(TestAccounts.actor(person), NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST);
            notifications.notify(
                    person.id(),
                    NotificationKind.VOTING_SESSION,
                    "notification.test.title",
                    "notification.test.body",
                    List.of("ordre du jour " + i),
                    "/notifications");
            people.add(person);
        }

        // A notice reaches its person through the outbox, a moment after notify(): the digests must not run before
        // the twelve are there (CI twice found the first person's missing: the digests had run before its delivery,
        // and other tests' pending digests made up the count checked below).
        TestSql sql = new TestSql(platform);
        String ids = people.stream().map(person -> String.valueOf(person.id())).collect(Collectors.joining(","));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sql.count("SELECT count(*) FROM notification WHERE account_id IN (" + ids + ")") < people.size()
                && System.nanoTime() < deadline) {
            platform.bean(OutboxDelivery.class).runOnce();
        }
        assertThat(sql.count("SELECT count(*) FROM notification WHERE account_id IN (" + ids + ")"))
                .as("notices delivered before the digests run")
                .isEqualTo(people.size());

        try (SecondNode second = new SecondNode(platform)) {
            DailyDigest onA = platform.bean(DailyDigest.class);
            DailyDigest onB = second.bean(DailyDigest.class);
            Instant now = Instant.now();
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> onA.sendDailyDigests(now));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> onB.sendDailyDigests(now));
            assertThat(a.join() + b.join())
                    .as("mails sent by the two nodes together")
                    .isGreaterThanOrEqualTo(people.size());
        }

        for (Account person : people) {
            // Each node has had its mails accepted by the server; give the server's store a moment all the same, then
            // check that there is exactly one.
            platform.mailbox().awaitCount(person.email(), 1);
            assertThat(platform.mailbox().to(person.email()))
                    .as("digests mailed to " + person.email())
                    .hasSize(1);
        }
    }
}
