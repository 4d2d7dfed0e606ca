package fr.convergences.debate.registration;

import fr.convergences.base.operations.Measured;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.RegistrantMessages;
import fr.convergences.debate.Registration;
import fr.convergences.debate.RegistrationRepository;
import fr.convergences.identity.notification.NotificationKind;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder the day before: each person with a seat at a debate that takes place tomorrow (in its territory's
 * time zone) is told once. Each registration is locked, told and marked in its own transaction, so a run that
 * stops halfway resumes where it stopped, and two runs at once never remind anyone twice.
 */
@Singleton
public class DebateReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DebateReminders.class);

    private final RegistrantStore store;
    private final DebateRepository debates;
    private final RegistrationRepository registrations;
    private final ConsultationService consultations;
    private final RegistrantMessages messages;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    DebateReminders(
            RegistrantStore store,
            DebateRepository debates,
            RegistrationRepository registrations,
            ConsultationService consultations,
            RegistrantMessages messages,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.store = store;
        this.debates = debates;
        this.registrations = registrations;
        this.consultations = consultations;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Hourly, so that a restarted server or a debate made public late in the day still gets its reminders. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "debate-reminders"})
    void hourly() {
        int sent = sendReminders(clock.instant());
        if (sent > 0) {
            LOG.info("Debate reminders: {} sent", sent);
        }
    }

    /** Sends the reminders due at this instant; returns how many people were reminded. */
    public int sendReminders(Instant now) {
        List<Long> due = transactions.executeRead(status -> store.remindersDue(now));
        int sent = 0;
        for (long registrationId : due) {
            if (transactions.executeWrite(status -> remind(registrationId, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(long registrationId, Instant now) {
        if (!store.claimForReminder(registrationId)) {
            return false;
        }
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Debate debate = debates.findById(registration.debateId()).orElseThrow();
        boolean told = messages.tell(
                registration,
                debate,
                consultations.details(debate.consultationId()).zone(),
                NotificationKind.DEBATE_REMINDER,
                "debate.notice.reminder",
                true,
                debate.placeOrLink());
        store.markReminded(registrationId, now);
        return told;
    }
}
