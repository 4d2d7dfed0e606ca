package fr.convergences.debate.registration;

import fr.convergences.base.operations.Measured;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateRecords;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.RegistrantMessages;
import fr.convergences.debate.Registration;
import fr.convergences.debate.RegistrationRepository;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The reminder the day before: each person with a seat at a debate that takes place tomorrow (in its territory's
 * time zone) is told once. Each registration is locked, told and marked in its own transaction, so a run that
 * stops halfway resumes where it stopped, and two runs at once never remind anyone twice.
 */
@Singleton
public class DebateReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DebateReminders.class);

    private final DebateRecords sql;
    private final DebateRepository debates;
    private final RegistrationRepository registrations;
    private final ConsultationService consultations;
    private final RegistrantMessages messages;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public DebateReminders(DebateRecords sql, DebateRepository debates, RegistrationRepository registrations, ConsultationService consultations,
                           RegistrantMessages messages, TransactionOperations<Connection> transactions, Clock clock) {
        this.sql = sql;
        this.debates = debates;
        this.registrations = registrations;
        this.consultations = consultations;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Hourly, so that a restarted server or a debate made public late in the day still gets its reminders. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Measured(value = "convergences.job.runs", tags = {"job", "debate-reminders"})
    void hourly() {
        int sent = sendReminders(clock.instant());
        if (sent > 0) {
            LOG.info("Debate reminders: {} sent", sent);
        }
    }

    /** Sends the reminders due at this instant; returns how many people were reminded. */
    public int sendReminders(Instant now) {
        List<Long> due = transactions.executeRead(status -> sql.list("""
                SELECT r.id FROM debate_registration r
                JOIN debate d ON d.id = r.debate_id
                JOIN council c ON c.id = d.council_id
                JOIN territory t ON t.id = c.territory_id
                WHERE d.status = 'PUBLISHED' AND r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL
                  AND (r.account_id IS NOT NULL OR r.email IS NOT NULL)
                  AND d.starts_at > ?
                  AND (d.starts_at AT TIME ZONE t.time_zone)::date = (?::timestamptz AT TIME ZONE t.time_zone)::date + 1
                ORDER BY r.id""", rows -> rows.getLong(1), Timestamp.from(now), Timestamp.from(now)));
        int sent = 0;
        for (long registrationId : due) {
            if (transactions.executeWrite(status -> remind(registrationId, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(long registrationId, Instant now) {
        List<Long> locked = sql.list("""
                SELECT id FROM debate_registration WHERE id = ? AND status = 'CONFIRMED' AND reminder_sent_at IS NULL
                FOR UPDATE SKIP LOCKED""", rows -> rows.getLong(1), registrationId);
        if (locked.isEmpty()) {
            return false;
        }
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Debate debate = debates.findById(registration.debateId()).orElseThrow();
        boolean told = messages.tell(registration, debate, consultations.details(debate.consultationId()).zone(), NotificationKind.DEBATE_REMINDER,
                "debate.notice.reminder", true, debate.place() == null ? debate.onlineUrl() : debate.place());
        sql.update("UPDATE debate_registration SET reminder_sent_at = ? WHERE id = ?", Timestamp.from(now), registrationId);
        return told;
    }
}
