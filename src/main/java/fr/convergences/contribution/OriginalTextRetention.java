package fr.convergences.contribution;

import fr.convergences.identity.RetentionRule;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts as written, kept where personal data was masked in public, serve the moderators while a contribution is
 * debated; a set time after they were written ({@code convergences.contribution.original-text-retention}, a year by
 * default) they are erased every night and only the masked text remains. Idempotent, safe on several nodes.
 */
@Singleton
public class OriginalTextRetention implements RetentionRule.Source {

    private static final Logger LOG = LoggerFactory.getLogger(OriginalTextRetention.class);

    private final ContributionStore records;
    private final Duration retention;
    private final Clock clock;

    public OriginalTextRetention(
            ContributionStore records,
            @Value("${convergences.contribution.original-text-retention:365d}") Duration retention,
            Clock clock) {
        this.records = records;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "0 40 3 * * *", zoneId = "Europe/Paris")
    void nightly() {
        int erased = erase(clock.instant());
        if (erased > 0) {
            LOG.info("Texts as written erased after their retention: {}", erased);
        }
    }

    @Transactional
    public int erase(Instant now) {
        return records.eraseOriginalsBefore(Timestamp.from(now.minus(retention)));
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(new RetentionRule("contribution.retention.originalText", retention.toDays()));
    }
}
