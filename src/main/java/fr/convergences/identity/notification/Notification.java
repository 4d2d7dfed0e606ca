package fr.convergences.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A notification as the person received it. Title and body are written in the person's language
 * when it is sent, so that the inbox reads the same as the e-mail did.
 */
@MappedEntity("notification")
public record Notification(
        @Id @GeneratedValue @Nullable Long id,
        Long accountId,
        NotificationKind kind,
        String title,
        String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt,
        boolean digestPending,
        @Nullable Instant emailedAt) {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int BODY_MAX_LENGTH = 4000;
}
