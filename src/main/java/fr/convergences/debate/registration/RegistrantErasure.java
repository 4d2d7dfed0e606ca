package fr.convergences.debate.registration;

import fr.convergences.base.operations.Measured;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import fr.convergences.debate.DebateRecords;

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

    private final DebateRecords sql;
    private final TransactionOperations<Connection> transactions;
    private final Duration retention;
    private final Clock clock;

    public RegistrantErasure(DebateRecords sql, TransactionOperations<Connection> transactions,
                             @Value("${convergences.debate.registrant-retention:30d}") Duration retention, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 * * * *", zoneId = "Europe/Paris")
    @Measured(value = "convergences.job.runs", tags = {"job", "registrant-erasure"})
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
        Timestamp before = Timestamp.from(now.minus(retention));
        List<Long> due = transactions.executeRead(status -> sql.list(
                "SELECT id FROM debate WHERE registrants_erased_at IS NULL AND ends_at < ? ORDER BY id", rows -> rows.getLong(1), before));
        int erased = 0;
        for (long debateId : due) {
            erased += transactions.executeWrite(status -> {
                // Claimed, or already taken by another node's run (then skipped, not waited for).
                if (sql.list("SELECT id FROM debate WHERE id = ? AND registrants_erased_at IS NULL FOR NO KEY UPDATE SKIP LOCKED",
                        rows -> rows.getLong(1), debateId).isEmpty()) {
                    return 0;
                }
                sql.update("DELETE FROM debate_registration_token t USING debate_registration r WHERE t.registration_id = r.id AND r.debate_id = ?",
                        debateId);
                sql.update("UPDATE debate_registration SET account_id = NULL, name = NULL, email = NULL, phone = NULL WHERE debate_id = ?", debateId);
                return sql.update("UPDATE debate SET registrants_erased_at = ? WHERE id = ? AND registrants_erased_at IS NULL",
                        Timestamp.from(now), debateId);
            });
        }
        return erased;
    }
}
