package fr.convergences.identity.notification;

import fr.convergences.identity.AccountStatus;
import org.jspecify.annotations.Nullable;

/** Decides how a notification reaches a person by e-mail: now, in tomorrow's digest, or not at all. */
public final class DeliveryPolicy {

    public enum Delivery {
        MAIL_NOW,
        DIGEST,
        IN_APP_ONLY
    }

    private DeliveryPolicy() {}

    /** {@code chosen} is null when the person never chose a frequency for this kind: its default applies. */
    public static Delivery decide(NotificationKind kind, @Nullable Frequency chosen, AccountStatus status) {
        if (status != AccountStatus.ACTIVE
                && !(kind == NotificationKind.ACCOUNT_SECURITY && status == AccountStatus.PENDING)) {
            // Suspended or deleted accounts get no mail; a pending one only its confirmation.
            return Delivery.IN_APP_ONLY;
        }
        Frequency frequency = kind.configurable() && chosen != null ? chosen : kind.defaultFrequency();
        return switch (frequency) {
            case IMMEDIATELY -> Delivery.MAIL_NOW;
            case DAILY_DIGEST -> Delivery.DIGEST;
            case NEVER -> Delivery.IN_APP_ONLY;
        };
    }
}
