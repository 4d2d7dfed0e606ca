package fr.convergences.identity.notification;

import fr.convergences.base.mail.Mailer;
import fr.convergences.base.mail.OutgoingMail;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties the outbox in the background, on every node: first it expands each recorded job into its recipients, then
 * it delivers them in batches. Each step is one transaction that claims its rows with {@code SKIP LOCKED}: two nodes
 * never take the same rows, a node that dies mid-batch leaves them for the next run, and a batch's in-app
 * notifications are written in the transaction that marks its recipients delivered, so nobody is told twice.
 * Immediate e-mails go after that commit: a failed mail is logged and not retried (the notification stays in the
 * application and the person's inbox), which is the price of never mailing a person twice. Mails recorded for
 * addresses without an account ({@link NotificationOutbox#recordMail}) go the same way, after the notifications.
 */
@Singleton
public class OutboxDelivery {

    /** Batches being taken or sent on this node (see {@link #idle()}). */
    private final AtomicInteger inFlight = new AtomicInteger();

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxStore store;
    private final Notifications notifications;
    private final Map<String, NotificationAudience> audiences;
    private final Mailer mailer;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int batchSize;

    public OutboxDelivery(
            OutboxStore store,
            Notifications notifications,
            List<NotificationAudience> audiences,
            Mailer mailer,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${convergences.notification.outbox-batch:500}") int batchSize) {
        this.store = store;
        this.notifications = notifications;
        this.audiences = audiences.stream().collect(Collectors.toMap(NotificationAudience::name, Function.identity()));
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${convergences.notification.outbox-interval:2s}", initialDelay = "5s")
    void everyFewSeconds() {
        try {
            int delivered = runOnce();
            if (delivered > 0) {
                LOG.info("Notification outbox: {} notifications delivered", delivered);
            }
        } catch (RuntimeException e) {
            // Nothing of a failed transaction was recorded: the next run takes the same rows again.
            LOG.warn("Notification outbox failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }

    /**
     * Mails to one address (an account's confirmation or reset link, an invitation, a registrant's seat) on their own
     * schedule, beside the notifications': a run of the notifications may take a while on a backlog (a batch of 500
     * with its mails), and a confirmation link must not wait for it. Both take their rows with SKIP LOCKED, so nothing
     * goes twice.
     */
    @Scheduled(fixedDelay = "${convergences.notification.mail-interval:1s}", initialDelay = "5s")
    void mailsEverySecond() {
        try {
            sendWaitingMails();
        } catch (RuntimeException e) {
            LOG.warn("Mail outbox failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }

    /**
     * Expands every waiting job and delivers until nothing is left; returns how many notifications were delivered.
     * Rows that another run holds (the schedule's, or another node's) are skipped, not waited for: a caller that needs
     * everything delivered runs it again until nothing is pending (tests do, through TestOutbox). Waiting for the schedule's
     * run instead would make a caller wait for the whole backlog, which in the test suite is every earlier test's.
     */
    public int runOnce() {
        // Mails to one address (an account's or a registrant's link, an invitation) also leave on their own one-second
        // schedule (mailsEverySecond), so they never wait behind this run's batches; here they go once at the end, so
        // that a caller running this until nothing is pending empties them too.
        int total = 0;
        while (expandOne()) {
            // each job in its own transaction: a large audience does not hold back the others
        }
        int delivered;
        while ((delivered = deliverBatch()) > 0) {
            total += delivered;
        }
        return total + sendWaitingMails();
    }

    private int sendWaitingMails() {
        int total = 0;
        int sent;
        while ((sent = sendMailBatch()) > 0) {
            total += sent;
        }
        return total;
    }

    /** Expands one waiting job into its recipients; false when none is waiting (or all are held by other nodes, or of unknown audiences). */
    public boolean expandOne() {
        return transactions.executeWrite(status -> store.claimJobToExpand(audiences.keySet())
                .map(job -> {
                    // Claimed among this node's audiences only, so the audience is known here.
                    NotificationAudience audience =
                            Objects.requireNonNull(audiences.get(job.audience()), job.audience());
                    store.expand(job.id(), new LinkedHashSet<>(audience.accounts(job.subjectId())), clock.instant());
                    return true;
                })
                .orElse(false));
    }

    /**
     * Sends one batch of the mails recorded for addresses without an account; returns how many (zero when none is
     * waiting). They are taken out of the outbox in a transaction that commits before any is sent: as for the
     * notifications' mails, a failed one is logged, not retried, and nobody is mailed twice.
     */
    public int sendMailBatch() {
        inFlight.incrementAndGet();
        try {
            List<OutgoingMail> mails = transactions.executeWrite(status -> store.takeMails(batchSize));
            send(mails);
            return mails.size();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /**
     * True when no batch is being taken or sent on this node. A batch leaves the outbox (committed) before its mails
     * go, so an empty outbox alone does not mean that every mail has reached the server: whoever must know that (the
     * tests, before reading a mailbox) also waits for this.
     */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    /** Delivers one batch of waiting recipients; returns how many (zero when none is waiting). */
    public int deliverBatch() {
        inFlight.incrementAndGet();
        try {
            return deliverBatchInFlight();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private int deliverBatchInFlight() {
        List<OutgoingMail> mails = new ArrayList<>();
        int delivered = transactions.executeWrite(status -> {
            List<OutboxStore.Pending> pending = store.claimPending(batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            Map<Long, Set<Long>> byJob = new LinkedHashMap<>();
            pending.forEach(row -> byJob.computeIfAbsent(row.jobId(), id -> new LinkedHashSet<>())
                    .add(row.accountId()));
            for (OutboxStore.Job job : store.jobs(byJob.keySet())) {
                // The jobs were read for these keys: each has its recipients.
                Collection<Long> recipients = Objects.requireNonNull(byJob.get(job.id()));
                mails.addAll(notifications.notifyMany(
                        recipients,
                        job.kind(),
                        job.titleKey(),
                        job.bodyKey(),
                        job.arguments(),
                        job.link(),
                        job.attachment()));
                store.markDelivered(job.id(), recipients, clock.instant());
            }
            return pending.size();
        });
        send(mails);
        return delivered;
    }

    /** One SMTP connection for the whole batch; a mail that fails is logged and skipped, the others still go. */
    private void send(List<OutgoingMail> mails) {
        mailer.sendEach(
                mails, (mail, e) -> LOG.warn("Notification mail to one recipient not sent: {}", e.getMessage()));
    }
}
