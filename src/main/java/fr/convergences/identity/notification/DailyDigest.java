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
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each person one mail a day with their pending notifications. Items are locked, mailed, and
 * marked sent in one transaction per person: a crash before the commit leaves them pending, so they
 * go out in the next run (at least once — a rare duplicate is better than a lost notification), and
 * two runs at once never pick the same items.
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
     * Sends each person the items notified up to the last 7:00 of their own territory's zone; returns how many mails
     * went out. The hourly run falls on 7:00 in every zone a whole number of hours from UTC (mainland France, the
     * Antilles, Guyane, La Réunion, Mayotte); in a half-hour zone the digest would leave at 7:30.
     */
    public int sendDueDigests(Instant now) {
        int sent = 0;
        for (DigestRecipients.Recipient recipient : recipients.pending()) {
            Instant createdBefore = DigestSchedule.lastSending(now, recipient.zone());
            if (transactions.executeWrite(status -> sendDigest(recipient.accountId(), now, createdBefore))) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends every pending digest; returns how many mails went out. */
    public int sendDailyDigests(Instant now) {
        return sendDailyDigests(now, now);
    }

    /** Sends the digests of the items notified up to {@code createdBefore}; returns how many mails went out. */
    public int sendDailyDigests(Instant now, Instant createdBefore) {
        int sent = 0;
        for (long accountId : notifications.accountsWithPendingDigest(createdBefore)) {
            // One transaction per person: one person's failure does not hold back the others' digests.
            if (transactions.executeWrite(status -> sendDigest(accountId, now, createdBefore))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendDigest(long accountId, Instant now, Instant createdBefore) {
        List<Notification> pending = notifications.lockPendingDigest(accountId, createdBefore);
        if (pending.isEmpty()) {
            return false;
        }
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.status() == AccountStatus.ACTIVE && account.email() != null) {
            Locale locale = Locale.forLanguageTag(account.locale());
            StringBuilder text = new StringBuilder(
                    messages.getTranslation("notification.digest.intro", locale, account.displayName()));
            for (Notification item : pending) {
                text.append("\n\n• ").append(item.title()).append('\n').append(item.body());
                if (item.link() != null) {
                    text.append('\n').append(publicUrl.of(item.link()));
                }
            }
            mailer.send(new OutgoingMail(
                    account.email(),
                    messages.getTranslation("notification.digest.subject", locale, pending.size()),
                    text.toString()));
        }
        notifications.markDigestSent(pending.stream().map(Notification::id).toList(), now);
        return true;
    }
}
