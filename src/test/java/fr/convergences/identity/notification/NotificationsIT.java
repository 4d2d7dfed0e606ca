package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.database.Sql;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final Notifications notifications = platform.bean(Notifications.class);
    private final NotificationCenter center = platform.bean(NotificationCenter.class);
    private final DailyDigest digest = platform.bean(DailyDigest.class);

    private void send(Account account, NotificationKind kind, String subject) {
        notifications.notify(
                account.id(),
                kind,
                "notification.test.title",
                "notification.test.body",
                List.of(subject),
                "/notifications");
        TestOutbox.deliverAll(platform); // a notice is delivered by the outbox once its transaction commits
    }

    @Test
    void immediately_means_one_mail_at_once() {
        Account person = new TestAccounts(platform).create("Immédiat");
        center.choose(TestAccounts.actor(person), NotificationKind.VOTING_SESSION, Frequency.IMMEDIATELY);

        send(person, NotificationKind.VOTING_SESSION, "séance du 3 décembre");

        assertThat(platform.mailbox().to(person.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Test\u00a0: séance du 3 décembre"));
        assertThat(center.unreadCount(TestAccounts.actor(person))).isEqualTo(1);
    }

    @Test
    void a_daily_digest_gathers_the_items_once_and_only_once() {
        Account person = new TestAccounts(platform).create("Récapitulatif");
        Actor actor = TestAccounts.actor(person);
        center.choose(actor, NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST);

        send(person, NotificationKind.VOTING_SESSION, "première");
        send(person, NotificationKind.VOTING_SESSION, "seconde");
        assertThat(platform.mailbox().to(person.email())).isEmpty();

        digest.sendDailyDigests(Instant.now());
        digest.sendDailyDigests(Instant.now());

        assertThat(platform.mailbox().to(person.email())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Convergences\u00a0: 2 nouvelles notifications");
            assertThat(mail.text()).contains("Test\u00a0: première", "Test\u00a0: seconde");
        });
    }

    @Test
    void a_digest_that_cannot_be_mailed_stays_pending_for_the_next_run_and_holds_back_nobody() {
        TestAccounts accounts = new TestAccounts(platform);
        Account unreachable = accounts.create("Adresse refusée");
        Account reachable = accounts.create("Adresse juste");
        for (Account person : List.of(unreachable, reachable)) {
            center.choose(TestAccounts.actor(person), NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST);
            send(person, NotificationKind.VOTING_SESSION, "ordre du jour");
        }
        // An address the mailer refuses (it reads addresses strictly); the account table does not check their syntax.
        setEmail(unreachable, "pas une adresse");
        try {
            digest.sendDailyDigests(Instant.now());
        } finally {
            setEmail(unreachable, unreachable.email());
        }
        assertThat(platform.mailbox().to(reachable.email()))
                .as("the other digest went")
                .hasSize(1);
        assertThat(platform.mailbox().to(unreachable.email())).isEmpty();

        digest.sendDailyDigests(Instant.now());

        assertThat(platform.mailbox().to(unreachable.email()))
                .as("the digest that failed, sent by the next run")
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Test\u00a0: ordre du jour"));
        assertThat(platform.mailbox().to(reachable.email()))
                .as("sent once only")
                .hasSize(1);
    }

    private void setEmail(Account account, String email) {
        TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);
        transactions.executeWrite(status ->
                platform.bean(Sql.class).update("UPDATE account SET email = ? WHERE id = ?", email, account.id()));
    }

    @Test
    void never_keeps_the_notification_in_the_app_only() {
        Account person = new TestAccounts(platform).create("Jamais");
        Actor actor = TestAccounts.actor(person);
        center.choose(actor, NotificationKind.VOTING_SESSION, Frequency.NEVER);

        send(person, NotificationKind.VOTING_SESSION, "sans e-mail");
        digest.sendDailyDigests(Instant.now());

        assertThat(platform.mailbox().to(person.email())).isEmpty();
        assertThat(center.inbox(actor)).extracting(Notification::title).containsExactly("Test\u00a0: sans e-mail");
        center.markAllRead(actor);
        assertThat(center.unreadCount(actor)).isZero();
    }

    @Test
    void security_notifications_cannot_be_turned_off() {
        Actor actor = TestAccounts.actor(new TestAccounts(platform).create("Sécurité"));

        assertThatThrownBy(() -> center.choose(actor, NotificationKind.ACCOUNT_SECURITY, Frequency.NEVER))
                .isInstanceOf(UserFacingException.class);
        assertThat(center.preferences(actor)).doesNotContainKey(NotificationKind.ACCOUNT_SECURITY);
    }
}
