package fr.convergences.identity.notification;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.mail.MailAttachment;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The platform's one way to tell a person something: an in-app notification, plus an e-mail now,
 * in the daily digest, or never, as the person chose for that kind. Features call {@link #notify} for one person and
 * {@link NotificationOutbox} for an audience; both are delivered by {@link OutboxDelivery} after the decision commits.
 */
@Singleton
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationPreferenceStore preferences;
    private final AccountRepository accounts;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final NotificationOutbox outbox;

    public Notifications(
            NotificationRepository notifications,
            NotificationPreferenceStore preferences,
            AccountRepository accounts,
            NotificationOutbox outbox,
            I18NProvider messages,
            PublicUrl publicUrl,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * Notifies a person: texts are message keys rendered in the person's language with the arguments (strings as typed,
     * whole numbers, days, zoned moments or {@link NoticeArgument}s); the link is a path of the platform (such as
     * {@code /conseils/cts-essonne/composition}) or null. The notice is recorded in the caller's transaction and
     * delivered by {@link OutboxDelivery} once it commits: a decision that rolls back tells nobody, and the decision
     * never waits for a mail server.
     */
    @Transactional
    public void notify(
            long accountId,
            NotificationKind kind,
            String titleKey,
            String bodyKey,
            List<?> arguments,
            @Nullable String link) {
        notify(accountId, kind, titleKey, bodyKey, arguments, link, List.of());
    }

    /**
     * {@link #notify} with a file for the immediate e-mail (a debate's .ics). The in-app notification links to the page
     * instead, and the daily digest, which gathers many notifications, carries no file.
     */
    @Transactional
    public void notify(
            long accountId,
            NotificationKind kind,
            String titleKey,
            String bodyKey,
            List<?> arguments,
            @Nullable String link,
            List<MailAttachment> attachments) {
        if (attachments.size() > 1) {
            throw new IllegalArgumentException("one file at most goes with a notice, not " + attachments.size());
        }
        // Each notice is its own event: a random key, since a rolled-back decision records nothing to repeat.
        outbox.recordFor(
                new OutgoingNotification(
                        "notice:" + UUID.randomUUID(),
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        accountId,
                        kind,
                        titleKey,
                        bodyKey,
                        arguments,
                        link,
                        attachments.isEmpty() ? null : attachments.getFirst()),
                List.of(accountId));
    }

    /**
     * The outbox's batch form of {@link #notify}: one event told to many people in the caller's transaction, with a
     * few queries for the whole batch. Deleted accounts are skipped. Returns the immediate mails, which the caller
     * sends once the transaction has committed.
     */
    @Transactional
    List<OutgoingMail> notifyMany(
            Collection<Long> accountIds,
            NotificationKind kind,
            String titleKey,
            String bodyKey,
            List<NoticeArgument> arguments,
            @Nullable String link,
            @Nullable MailAttachment attachment) {
        Map<Long, Frequency> chosen = preferences.chosenBy(accountIds, kind);
        Map<Locale, String[]> rendered = new HashMap<>();
        List<Notification> saved = new ArrayList<>();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Account account : accounts.findByIdIn(accountIds)) {
            if (account.status() == AccountStatus.DELETED) {
                continue;
            }
            String[] text = rendered.computeIfAbsent(Locale.forLanguageTag(account.locale()), locale -> {
                // Dates and the platform's phrases are written in the reader's language here, not when the event was
                // recorded.
                Object[] args =
                        arguments.stream().map(argument -> argument.in(locale)).toArray();
                return new String[] {
                    truncate(messages.getTranslation(titleKey, locale, args), Notification.TITLE_MAX_LENGTH),
                    truncate(messages.getTranslation(bodyKey, locale, args), Notification.BODY_MAX_LENGTH)
                };
            });
            DeliveryPolicy.Delivery delivery = DeliveryPolicy.decide(kind, chosen.get(account.id()), account.status());
            // An account without an address (erased) is told in the application only.
            String address = delivery == DeliveryPolicy.Delivery.MAIL_NOW ? account.email() : null;
            boolean mailNow = address != null;
            saved.add(new Notification(
                    null,
                    Objects.requireNonNull(account.id(), "a stored account has an id"),
                    kind,
                    text[0],
                    text[1],
                    link,
                    clock.instant(),
                    null,
                    delivery == DeliveryPolicy.Delivery.DIGEST,
                    mailNow ? clock.instant() : null));
            if (address != null) {
                mails.add(new OutgoingMail(
                        address,
                        text[0],
                        text[1] + (link == null ? "" : "\n\n" + publicUrl.of(link)),
                        attachment == null ? List.of() : List.of(attachment)));
            }
        }
        notifications.saveAll(saved);
        return mails;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
