package fr.convergences.contribution.exchange;

import fr.convergences.base.operations.Measured;
import fr.convergences.identity.RetentionRule;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import's report keeps every refused row with an excerpt of its text (a title or the start of a text, which may
 * name a person or quote an address): it serves the admin who imported the file while they correct it and import it
 * again. A set time after the import ({@code convergences.exchange.import-report-retention}, 30 days by default) the
 * refused rows are deleted every night; the import's counts stay. One node erases, the others skip (see
 * {@link ImportStore#eraseRejectionsBefore}); a node down at that hour only delays it to the next night.
 */
@Singleton
public class ImportReportRetention implements RetentionRule.Source {

    private static final Logger LOG = LoggerFactory.getLogger(ImportReportRetention.class);

    private final ImportStore store;
    private final Duration retention;
    private final Clock clock;

    public ImportReportRetention(
            ImportStore store,
            @Value("${convergences.exchange.import-report-retention:30d}") Duration retention,
            Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "0 50 3 * * *", zoneId = "Europe/Paris")
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "import-report-retention"})
    void nightly() {
        long erased = erase(clock.instant());
        if (erased > 0) {
            LOG.info("Refused rows of import reports erased after their retention: {}", erased);
        }
    }

    /** Erases the reports of imports made more than the retention before {@code now}; how many rows, or -1 when another node is at it. */
    public long erase(Instant now) {
        return store.eraseRejectionsBefore(now.minus(retention));
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(new RetentionRule("exchange.retention.importReport", retention.toDays()));
    }
}
