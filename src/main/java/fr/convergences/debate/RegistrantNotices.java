package fr.convergences.debate;

import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tells registrants of a change that concerns them (their registration cancelled by the organiser, the debate moved or
 * cancelled). People with an account are told through the notification outbox, in the transaction of the change: if
 * it rolls back nobody is told, and once it commits they get the in-app notification and the e-mail they chose, from
 * the background job. The outbox keeps one text for all its recipients, so one job is recorded per language (the
 * debate's day is written in the reader's language). People registered with an e-mail only have no account to notify:
 * they get a mail, with a fresh link to cancel while the registration stands, recorded in the same outbox (and the same
 * transaction) and sent by the same background job.
 */
@Singleton
// Called inside the caller's transaction (a registration, a cancellation, an edit of the debate): its reads and the
// notices it records belong to the caller's decision and roll back with it. Outside a transaction it refuses to run.
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class RegistrantNotices {

    private final NotificationOutbox outbox;
    private final RegistrantMessages messages;
    private final AccountRepository accounts;

    RegistrantNotices(NotificationOutbox outbox, RegistrantMessages messages, AccountRepository accounts) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
    }

    /**
     * Tells each reachable registrant; {@code event} names the change once (a change recorded twice tells nobody twice).
     * Texts take the debate's title {0}, its day and hours {1}, then {@code extra}. Returns how many people will be told.
     */
    public int tell(
            String event,
            Collection<Registration> registrants,
            Debate debate,
            ZoneId zone,
            NotificationKind kind,
            String key,
            String... extra) {
        List<Long> accountIds = registrants.stream()
                .map(Registration::accountId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<String, List<Long>> byLanguage = new TreeMap<>();
        for (Account account : accounts.findByIdIn(accountIds)) {
            if (account.isActive()) {
                byLanguage
                        .computeIfAbsent(account.locale(), language -> new ArrayList<>())
                        .add(account.id());
            }
        }
        byLanguage.forEach((language, ids) -> {
            List<String> arguments = new ArrayList<>(List.of(
                    debate.title(),
                    DebateDates.when(debate.startsAt(), debate.endsAt(), zone, Locale.forLanguageTag(language))));
            arguments.addAll(List.of(extra));
            outbox.recordFor(
                    new OutgoingNotification(
                            event + "-" + language,
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            debate.storedId(),
                            kind,
                            key + ".title",
                            key + ".body",
                            arguments,
                            "/debats/" + debate.id()),
                    ids);
        });
        int mailed = 0;
        for (Registration registration : registrants) {
            if (registration.accountId() == null
                    && registration.email() != null
                    && messages.tell(
                            registration, debate, zone, kind, key, registration.isActive(), (Object[]) extra)) {
                mailed++;
            }
        }
        return byLanguage.values().stream().mapToInt(List::size).sum() + mailed;
    }

    /** The registrations still standing, to tell of a change: e-mail addresses not yet confirmed are left out (they hold nothing). */
    public static List<Registration> concerned(Collection<Registration> registrations) {
        return registrations.stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED
                        || registration.status() == RegistrationStatus.WAITING)
                .collect(Collectors.toList());
    }
}
