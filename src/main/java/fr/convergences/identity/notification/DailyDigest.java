package fr.convergences.identity.notification;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.mail.Mailer;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Sends each person one mail a day with their pending notifications. Items are locked, mailed, and
 * marked sent in one transaction per person: a crash before the commit leaves them pending, so they
 * go out in the next run (at least once — a rare duplicate is better than a lost notification), and
 * two runs at once never pick the same items.
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
    private final Clock clock;

    public DailyDigest(NotificationRepository notifications, AccountRepository accounts, Mailer mailer, I18NProvider messages,
                       PublicUrl publicUrl, TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zoneId = "Europe/Paris")
    void everyMorning() {
        int sent = sendDailyDigests(clock.instant());
        LOG.info("Daily digest: {} mails sent", sent);
    }

    /** Sends the pending digests; returns how many mails went out. */
    public int sendDailyDigests(Instant now) {
        int sent = 0;
        for (long accountId : notifications.accountsWithPendingDigest()) {
            // One transaction per person: one person's failure does not hold back the others' digests.
            if (transactions.executeWrite(status -> sendDigest(accountId, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendDigest(long accountId, Instant now) {
        List<Notification> pending = notifications.lockPendingDigest(accountId);
        if (pending.isEmpty()) {
            return false;
        }
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.status() == AccountStatus.ACTIVE && account.email() != null) {
            Locale locale = Locale.forLanguageTag(account.locale());
            StringBuilder text = new StringBuilder(messages.getTranslation("notification.digest.intro", locale, account.displayName()));
            for (Notification item : pending) {
                text.append("\n\n• ").append(item.title()).append('\n').append(item.body());
                if (item.link() != null) {
                    text.append('\n').append(publicUrl.of(item.link()));
                }
            }
            mailer.send(new OutgoingMail(account.email(),
                    messages.getTranslation("notification.digest.subject", locale, pending.size()), text.toString()));
        }
        notifications.markDigestSent(pending.stream().map(Notification::id).toList(), now);
        return true;
    }
}
