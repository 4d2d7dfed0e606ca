package fr.convergences.convergence;

import fr.convergences.base.operations.Measured;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for contributions that arrived after clustering every few seconds, off the request threads: submitting a
 * contribution never waits for the engine, and every path that creates one (forms, collection, paper, import, SQL) is
 * seen the same way, without contribution having to know that convergences exist.
 */
@Singleton
class SuggestionScanner {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionScanner.class);

    private final SuggestionService suggestions;
    private final ThemeService themes;

    SuggestionScanner(SuggestionService suggestions, ThemeService themes) {
        this.suggestions = suggestions;
        this.themes = themes;
    }

    @Scheduled(fixedDelay = "${convergences.convergence.suggestion-interval:10s}", initialDelay = "30s")
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "convergence-suggestions"})
    void scan() {
        try {
            int placed = themes.placeArrivals();
            if (placed > 0) {
                LOG.info("Themes: {} new contributions placed under their theme", placed);
            }
            int offered = suggestions.examineArrivals();
            if (offered > 0) {
                LOG.info("Convergences: {} new contributions offered to a confirmed convergence", offered);
            }
        } catch (RuntimeException e) {
            // The next run tries again: nothing was recorded for the contributions of a failed run.
            LOG.warn("Convergence suggestions failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }
}
