package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.OutboxDelivery;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report alerts every moderator of the council without a single mail leaving from inside the reporter's request: the
 * alert is recorded in the outbox with the report, and the background delivery mails each moderator once. (Before, the
 * report sent one SMTP mail per moderator inside its transaction, and requests queued behind the mail server.)
 */
class ModeratorAlertsIT {

    private final ModerationTestData data = new ModerationTestData();
    private final TransactionOperations<Connection> transactions = data.platform.bean(TransactionOperations.class);

    @Test
    void a_report_mails_no_moderator_from_its_transaction_and_each_moderator_once_after_delivery() {
        List<Account> moderators = new ArrayList<>(List.of(
                data.accounts.create("Modérateur 2"),
                data.accounts.create("Modératrice 3"),
                data.accounts.create("Modérateur 4")));
        moderators.forEach(moderator -> data.platform
                .bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, moderator.id(), data.council, CouncilRole.MODERATOR)));
        moderators.add(data.platform
                .bean(fr.convergences.identity.AccountRepository.class)
                .findById(data.moderator.accountId())
                .orElseThrow());
        long contribution =
                data.contribution(data.person("Auteur"), "Les urgences de Juvisy ferment la nuit", "Depuis septembre.");
        Actor reporter = data.person("Signalante");

        // The report runs inside a transaction held open here: whatever it mails, it mails before this commit.
        long mailedDuringTheRequest = transactions.executeWrite(status -> {
            data.platform.bean(ModerationService.class).report(reporter, contribution, "Propos hors charte");
            return moderators.stream()
                    .mapToLong(moderator ->
                            data.platform.mailbox().to(moderator.email()).size())
                    .sum();
        });
        assertThat(mailedDuringTheRequest)
                .as("mails sent from inside the reporter's transaction")
                .isZero();

        data.platform.bean(OutboxDelivery.class).runOnce();
        for (Account moderator : moderators) {
            awaitMails(moderator.email(), 1);
            assertThat(data.platform.mailbox().to(moderator.email()))
                    .as("alerts mailed to " + moderator.email())
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).isNotBlank());
            assertThat(data.sql.count(
                            "SELECT count(*) FROM notification WHERE account_id = ? AND kind = 'MODERATION_ALERT' AND link = ?",
                            moderator.id(),
                            "/contributions/" + contribution))
                    .as("in-app alerts of " + moderator.email())
                    .isEqualTo(1);
        }
        data.platform.bean(OutboxDelivery.class).runOnce();
        assertThat(data.sql.count(
                        "SELECT count(*) FROM notification WHERE kind = 'MODERATION_ALERT' AND link = ?",
                        "/contributions/" + contribution))
                .as("nobody told twice")
                .isEqualTo(moderators.size());
    }

    /** The background delivery may hold some rows while this test runs: it sends their mails just after its commit. */
    private void awaitMails(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (data.platform.mailbox().to(address).size() < count && System.nanoTime() < deadline) {
            data.platform.bean(OutboxDelivery.class).runOnce();
            Thread.onSpinWait();
        }
    }
}
