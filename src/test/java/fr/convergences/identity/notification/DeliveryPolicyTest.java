package fr.convergences.identity.notification;

import static fr.convergences.identity.notification.DeliveryPolicy.Delivery.DIGEST;
import static fr.convergences.identity.notification.DeliveryPolicy.Delivery.IN_APP_ONLY;
import static fr.convergences.identity.notification.DeliveryPolicy.Delivery.MAIL_NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.AccountStatus;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    @Test
    void the_chosen_frequency_decides_for_configurable_kinds() {
        assertThat(DeliveryPolicy.decide(NotificationKind.VOTING_SESSION, Frequency.IMMEDIATELY, AccountStatus.ACTIVE))
                .isEqualTo(MAIL_NOW);
        assertThat(DeliveryPolicy.decide(NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST, AccountStatus.ACTIVE))
                .isEqualTo(DIGEST);
        assertThat(DeliveryPolicy.decide(NotificationKind.VOTING_SESSION, Frequency.NEVER, AccountStatus.ACTIVE))
                .isEqualTo(IN_APP_ONLY);
    }

    @Test
    void without_a_choice_the_kind_default_applies() {
        assertThat(DeliveryPolicy.decide(NotificationKind.OFFICIAL_ANSWER, null, AccountStatus.ACTIVE))
                .isEqualTo(DIGEST);
        assertThat(DeliveryPolicy.decide(NotificationKind.MODERATION_DECISION, null, AccountStatus.ACTIVE))
                .isEqualTo(MAIL_NOW);
    }

    @Test
    void security_mails_go_at_once_whatever_was_chosen() {
        assertThat(DeliveryPolicy.decide(NotificationKind.ACCOUNT_SECURITY, Frequency.NEVER, AccountStatus.ACTIVE))
                .isEqualTo(MAIL_NOW);
        assertThat(DeliveryPolicy.decide(NotificationKind.ACCOUNT_SECURITY, null, AccountStatus.PENDING))
                .isEqualTo(MAIL_NOW);
    }

    @Test
    void suspended_and_deleted_accounts_get_no_mail() {
        assertThat(DeliveryPolicy.decide(
                        NotificationKind.VOTING_SESSION, Frequency.IMMEDIATELY, AccountStatus.SUSPENDED))
                .isEqualTo(IN_APP_ONLY);
        assertThat(DeliveryPolicy.decide(NotificationKind.ACCOUNT_SECURITY, null, AccountStatus.DELETED))
                .isEqualTo(IN_APP_ONLY);
    }
}
