package fr.convergences.debate.registration;

import fr.convergences.base.operations.Measured;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registrants' names, e-mails, phones and accounts are personal data kept for the debate only: a set time after it
 * ended ({@code convergences.debate.registrant-retention}, 30 days by default) they are erased, and the e-mailed
 * links stop working. The rows stay, empty of anyone, for the figures. Each debate is claimed with a row lock
 * ({@code SKIP LOCKED}) and marked erased in the same transaction, so two nodes running the job at once split the
 * debates and never erase one twice; the job runs every hour, so a node down at its hour only delays it by one.
 */
@Singleton
public class RegistrantErasure {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrantErasure.class);

    private final RegistrantStore store;
    private final TransactionOperations<Connection> transactions;
    private final Duration retention;
    private final Clock clock;

    RegistrantErasure(
            RegistrantStore store,
            TransactionOperations<Connection> transactions,
            @Value("${convergences.debate.registrant-retention:30d}") Duration retention,
            Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 * * * *", zoneId = "Europe/Paris")
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "registrant-erasure"})
    void nightly() {
        int erased = erase(clock.instant());
        if (erased > 0) {
            LOG.info("Debate registrants erased for {} debates", erased);
        }
    }

    public Duration retention() {
        return retention;
    }

    /** Erases the registrants of every debate that ended more than the retention ago; returns how many debates this run erased. */
    public int erase(Instant now) {
        List<Long> due = transactions.executeRead(status -> store.debatesToErase(now.minus(retention)));
        int erased = 0;
        for (long debateId : due) {
            // Claimed, or already taken by another node's run (then skipped, not waited for).
            erased += transactions.executeWrite(
                    status -> store.claimForErasure(debateId) ? store.eraseRegistrants(debateId, now) : 0);
        }
        return erased;
    }
}
