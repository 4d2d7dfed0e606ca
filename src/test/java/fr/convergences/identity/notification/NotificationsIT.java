package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
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
