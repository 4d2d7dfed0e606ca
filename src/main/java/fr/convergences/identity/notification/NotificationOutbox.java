package fr.convergences.identity.notification;

import fr.convergences.base.mail.MailOutbox;
import fr.convergences.base.mail.OutgoingMail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/**
 * Where features record what many people are to be told, in the transaction of the decision itself: if the decision
 * rolls back, nobody is told; once it commits, {@link OutboxDelivery} tells everyone, from a background job, even
 * after a restart. Recording costs one row whatever the audience's size.
 */
@Singleton
public class NotificationOutbox implements MailOutbox {

    /** The audience name of jobs whose recipients were given when recorded. */
    public static final String GIVEN_RECIPIENTS = "given";

    private final OutboxStore store;
    private final Clock clock;

    public NotificationOutbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records the event for its audience; false when this event was already recorded (nobody will be told twice). */
    @Transactional
    public boolean record(OutgoingNotification notification) {
        return store.insertJob(notification, clock.instant()).isPresent();
    }

    /** Which of these events are already recorded. */
    @Transactional(readOnly = true)
    public Set<String> recorded(Collection<String> eventKeys) {
        return store.recordedKeys(eventKeys);
    }

    /**
     * Records the event for recipients the caller already knows (a voting session's electorate): one row per person,
     * written in the caller's transaction, delivered later by the background job.
     */
    @Transactional
    public boolean recordFor(OutgoingNotification notification, Collection<Long> accountIds) {
        return store.insertJob(notification, clock.instant())
                .map(jobId -> {
                    store.expand(jobId, accountIds, clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /**
     * Records an e-mail to one address (a debate registrant without an account, an account's confirmation or reset link,
     * a council invitation), already written in its reader's language: sent by {@link OutboxDelivery} once the caller's
     * transaction commits, never if it rolls back. The row is deleted when it is taken for sending, so that a link it
     * carries does not stay in the database. One attachment at most (an .ics invitation).
     */
    @Override
    @Transactional
    public void recordMail(OutgoingMail mail) {
        if (mail.attachments().size() > 1) {
            throw new IllegalArgumentException("One attachment at most in an outbox mail, not "
                    + mail.attachments().size());
        }
        store.insertMail(mail, clock.instant());
    }

    /**
     * Wipes a passage that a moderator erased from the events not yet told about a page: an alert recorded before the
     * redaction must not deliver the passage afterwards (the notifications already written are wiped by the caller).
     */
    @Transactional
    public int redact(String link, String passage, String marker) {
        return store.redact(link, passage, marker);
    }
}
