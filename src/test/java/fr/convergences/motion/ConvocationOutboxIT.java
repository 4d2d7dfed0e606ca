package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.database.Sql;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Convocations leave through the notification outbox: convening mails nobody from inside its transaction, each member
 * reads the date and the platform's phrases in their own language, and closing a sitting while the background job is
 * convening it waits for the job instead of failing on the sitting's version.
 */
class ConvocationOutboxIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SittingService sittings = platform.bean(SittingService.class);
    private final TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);
    private final TestSql sql = new TestSql(platform);

    @Test
    void each_member_reads_the_convocation_in_their_language_mailed_after_the_commit_with_its_calendar_file() {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        VotingFixture.Member french = council.titulars.get(0);
        VotingFixture.Member english = council.titulars.get(1);
        sql.update(
                "UPDATE account SET locale = 'en' WHERE id = ?",
                english.account().id());

        Sitting sitting = transactions.executeWrite(status -> {
            Sitting convened = sittings.convene(
                    council.admin,
                    council.council.id(),
                    new SittingForm(
                            "Séance bilingue",
                            SittingMode.IN_PERSON,
                            "Évry",
                            null,
                            LocalDateTime.now().plusDays(1),
                            0,
                            List.of(),
                            "Saisine de l’ARS."));
            assertThat(platform.mailbox().to(french.account().email()))
                    .as("mailed from inside the convening transaction")
                    .isEmpty();
            assertThat(platform.mailbox().to(english.account().email()))
                    .as("mailed from inside the convening transaction")
                    .isEmpty();
            return convened;
        });
        assertThat(sitting.convocationSentAt()).isNotNull();

        TestMailbox.Mail inFrench = convocation(french.account().email(), sitting);
        TestMailbox.Mail inEnglish = convocation(english.account().email(), sitting);

        assertThat(inFrench.text().replace('\u00a0', ' '))
                .contains(
                        "Vous êtes convoqué·e à la séance « Séance bilingue »",
                        "Lieu : Évry.",
                        "Ordre du jour : communiqué sur la page de la séance")
                .matches("(?s).* le \\d{1,2}(er)? \\p{L}+ \\d{4} à \\d{2}:\\d{2} \\(heure [^)]+\\)\\. .*");
        assertThat(inEnglish.text())
                .contains(
                        "You are convened to the sitting \"Séance bilingue\"",
                        "Place: Évry.",
                        "Agenda: given on the sitting’s page")
                .matches("(?s).* on \\p{L}+ \\d{1,2}, \\d{4} at \\d{1,2}:\\d{2}\\W(AM|PM) \\([^)]+ Time\\)\\. .*")
                .doesNotContain("Lieu", " à ", "heure");
        for (TestMailbox.Mail mail : List.of(inFrench, inEnglish)) {
            assertThat(mail.attachments())
                    .singleElement()
                    .satisfies(file -> assertThat(file.fileName()).isEqualTo("seance-" + sitting.id() + ".ics"));
        }
        platform.bean(OutboxDelivery.class).runOnce();
        assertThat(platform.mailbox().to(english.account().email()))
                .as("told once")
                .hasSize(1);
    }

    @Test
    void closing_a_sitting_while_the_job_convenes_it_waits_for_the_job_and_succeeds() throws Exception {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance disputée",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(20),
                        5,
                        List.of()));
        // Started, with its convocation marked sent so that the background job leaves it alone until the test's own job
        // run.
        VotingFixture.begin(platform, sitting.id());

        // Threads of their own: the common pool may have a single thread on a small machine, which would run the close
        // only after the job, and no race would happen.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CountDownLatch jobHoldsTheSitting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The job's run, in a transaction held open as a slow convocation held it: its convocation is still unsent
        // in its own view, so it convenes the sitting and updates its row, then waits before committing.
        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(
                () -> transactions.executeWrite(status -> {
                    platform.bean(Sql.class)
                            .update("UPDATE sitting SET convocation_sent_at = NULL WHERE id = ?", sitting.id());
                    int convened = sittings.sendDueConvocations();
                    jobHoldsTheSitting.countDown();
                    await(release);
                    return convened;
                }),
                threads);
        assertThat(jobHoldsTheSitting.await(20, TimeUnit.SECONDS)).isTrue();

        AtomicReference<Throwable> failure = new AtomicReference<>();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(
                () -> {
                    try {
                        sittings.close(council.admin, sitting.id());
                    } catch (RuntimeException e) {
                        failure.set(e);
                    }
                },
                threads);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean closeWaits = false;
        while (!closeWaits && !closing.isDone() && System.nanoTime() < deadline) {
            closeWaits = sql.count(
                            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%sitting%'")
                    > 0;
        }
        release.countDown();
        threads.shutdown();
        assertThat(closeWaits)
                .as("the close ran while the job held the sitting")
                .isTrue();
        assertThat(job.get(20, TimeUnit.SECONDS)).isPositive();
        closing.get(20, TimeUnit.SECONDS);

        assertThat(failure.get())
                .as("the close, while the job convened the sitting")
                .isNull();
        assertThat(sql.column("SELECT status FROM sitting WHERE id = ?", sitting.id()))
                .containsExactly("CLOSED");
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_job WHERE event_key = ?",
                        "sitting-convocation:" + sitting.id()))
                .isEqualTo(1);
    }

    private TestMailbox.Mail convocation(String address, Sitting sitting) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (platform.mailbox().to(address).isEmpty() && System.nanoTime() < deadline) {
            platform.bean(OutboxDelivery.class).runOnce();
        }
        return platform.mailbox().to(address).stream()
                .filter(mail -> mail.text().contains("/api/sittings/" + sitting.id() + ".ics"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no convocation mailed to " + address));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
