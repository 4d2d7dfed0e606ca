package fr.convergences.identity.notification;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.mail.Mailer;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.operations.Measured;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each person one mail a day with their pending notifications. Items are locked, mailed, and
 * marked sent in one transaction per batch of people, whose mails share one SMTP connection: a crash before the
 * commit leaves them pending, so they go out in the next run (at least once — a rare duplicate is better than a lost
 * notification), a mail that fails leaves its items pending without holding back the others, and two runs at once
 * never pick the same items.
 * <p>
 * The job fires every hour and sends each person what was pending at the last 7:00 in their territory's time zone
 * ({@link DigestRecipients}): the run just after that 7:00 sends the day's digest, and a later run sends only what a crash or a restart across 7:00 left pending, so nobody gets a second digest
 * the same day, and a node that was down at 7:00 does not delay the digest to the next morning.
 */
@Singleton
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationRepository notifications;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final TransactionOperations<Connection> transactions;
    private final DigestRecipients recipients;
    private final Clock clock;

    public DailyDigest(
            NotificationRepository notifications,
            AccountRepository accounts,
            Mailer mailer,
            I18NProvider messages,
            PublicUrl publicUrl,
            TransactionOperations<Connection> transactions,
            DigestRecipients recipients,
            Clock clock) {
        this.recipients = recipients;
        this.transactions = transactions;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 * * * *", zoneId = "Europe/Paris")
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "digest"})
    void everyMorning() {
        int sent = sendDueDigests(clock.instant());
        if (sent > 0) {
            LOG.info("Daily digest: {} mails sent", sent);
        }
    }

    /**
     * Sends each person the items notified up to the last 7:00 of their own territory's zone; returns how many people's
     * digests were done (mailed, or closed without a mail for an account that cannot receive one). The hourly run falls
     * on 7:00 in every zone a whole number of hours from UTC (mainland France, the Antilles, Guyane, La Réunion,
     * Mayotte); in a half-hour zone the digest would leave at 7:30.
     */
    public int sendDueDigests(Instant now) {
        return send(
                recipients.pending().stream()
                        .map(recipient ->
                                new Due(recipient.accountId(), DigestSchedule.lastSending(now, recipient.zone())))
                        .toList(),
                now);
    }

    /** Sends every pending digest; returns how many people's digests were done. */
    public int sendDailyDigests(Instant now) {
        return sendDailyDigests(now, now);
    }

    /** Sends the digests of the items notified up to {@code createdBefore}; returns how many people's were done. */
    public int sendDailyDigests(Instant now, Instant createdBefore) {
        return send(
                notifications.accountsWithPendingDigest(createdBefore).stream()
                        .map(accountId -> new Due(accountId, createdBefore))
                        .toList(),
                now);
    }

    /** A person whose digest is due, with the items it gathers: those notified up to {@code createdBefore}. */
    private record Due(long accountId, Instant createdBefore) {}

    /**
     * The people a batch holds: their digests go over one SMTP connection (opening one costs far more than a mail) in
     * one transaction, which keeps their items locked while it mails them. Small enough that the locks are short and
     * that a crash resends few digests.
     */
    static final int DIGESTS_PER_BATCH = 50;

    private int send(List<Due> due, Instant now) {
        int done = 0;
        for (int from = 0; from < due.size(); from += DIGESTS_PER_BATCH) {
            List<Due> batch = due.subList(from, Math.min(due.size(), from + DIGESTS_PER_BATCH));
            done += transactions.executeWrite(status -> sendBatch(batch, now));
        }
        return done;
    }

    /**
     * Locks each person's pending items, mails the batch's digests over one connection, and marks sent the items of
     * the mails that went (and of accounts that get no mail); a mail that fails leaves its items pending, for the
     * next run, and the others still go. Returns how many people's digests were done.
     */
    private int sendBatch(List<Due> batch, Instant now) {
        List<OutgoingMail> mails = new ArrayList<>();
        // Keyed by the mail object itself: the mailer hands back the very mail that failed.
        Map<OutgoingMail, List<Long>> itemsMailed = new IdentityHashMap<>();
        List<Long> sent = new ArrayList<>();
        int done = 0;
        for (Due person : batch) {
            List<Notification> pending = notifications.lockPendingDigest(person.accountId(), person.createdBefore());
            if (pending.isEmpty()) {
                continue; // sent meanwhile, or being sent by another node (its rows are locked and skipped)
            }
            List<Long> items = pending.stream().map(Notification::id).toList();
            Account account = accounts.findById(person.accountId()).orElseThrow();
            String email = account.email();
            if (account.status() == AccountStatus.ACTIVE && email != null) {
                OutgoingMail mail = digest(account, email, pending);
                mails.add(mail);
                itemsMailed.put(mail, items);
            } else {
                sent.addAll(items); // nobody to mail: the items are done
                done++;
            }
        }
        mailer.sendEach(mails, (mail, e) -> {
            LOG.warn("Daily digest to one person not sent, kept for the next run: {}", e.getMessage());
            itemsMailed.remove(mail);
        });
        for (List<Long> items : itemsMailed.values()) {
            sent.addAll(items);
            done++;
        }
        if (!sent.isEmpty()) {
            notifications.markDigestSent(sent, now);
        }
        return done;
    }

    private OutgoingMail digest(Account account, String email, List<Notification> pending) {
        Locale locale = Locale.forLanguageTag(account.locale());
        StringBuilder text =
                new StringBuilder(messages.getTranslation("notification.digest.intro", locale, account.displayName()));
        for (Notification item : pending) {
            text.append("\n\n• ").append(item.title()).append('\n').append(item.body());
            if (item.link() != null) {
                text.append('\n').append(publicUrl.of(item.link()));
            }
        }
        return new OutgoingMail(
                email, messages.getTranslation("notification.digest.subject", locale, pending.size()), text.toString());
    }
}
