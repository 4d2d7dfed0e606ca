package fr.convergences.identity.notification;

import fr.convergences.base.mail.MailAttachment;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One thing to tell many people, as the outbox keeps it until it is delivered: the event it comes from (its key makes
 * a repeated event a no-op), who is to be told (an {@link NotificationAudience} by name and its subject), and the
 * message keys rendered in each person's language with the arguments. Arguments are strings (text as typed) or
 * {@link NoticeArgument}s (dates, phrases, numbers), which are written in each reader's language at delivery. The
 * attachment, if any, goes with each immediate e-mail (a sitting's .ics); the digest and the application link instead.
 */
public record OutgoingNotification(
        String eventKey,
        String audience,
        long subjectId,
        NotificationKind kind,
        String titleKey,
        String bodyKey,
        List<?> arguments,
        @Nullable String link,
        @Nullable MailAttachment attachment) {

    public static final int EVENT_KEY_MAX_LENGTH = 120;

    public OutgoingNotification {
        if (eventKey.isBlank() || eventKey.length() > EVENT_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("event key: " + eventKey);
        }
        arguments = arguments.stream().map(NoticeArgument::of).toList();
    }

    public OutgoingNotification(
            String eventKey,
            String audience,
            long subjectId,
            NotificationKind kind,
            String titleKey,
            String bodyKey,
            List<?> arguments,
            @Nullable String link) {
        this(eventKey, audience, subjectId, kind, titleKey, bodyKey, arguments, link, null);
    }

    /** The arguments, each as a {@link NoticeArgument}. */
    public List<NoticeArgument> noticeArguments() {
        return arguments.stream().map(NoticeArgument.class::cast).toList();
    }
}
