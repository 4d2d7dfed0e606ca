package fr.convergences.identity.notification;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One thing to tell many people, as the outbox keeps it until it is delivered: the event it comes from (its key makes
 * a repeated event a no-op), who is to be told (an {@link NotificationAudience} by name and its subject), and the
 * message keys rendered in each person's language with the arguments.
 */
public record OutgoingNotification(String eventKey, String audience, long subjectId, NotificationKind kind, String titleKey,
                                   String bodyKey, List<String> arguments, @Nullable String link) {

    public static final int EVENT_KEY_MAX_LENGTH = 120;

    public OutgoingNotification {
        if (eventKey.isBlank() || eventKey.length() > EVENT_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("event key: " + eventKey);
        }
        arguments = List.copyOf(arguments);
    }
}
