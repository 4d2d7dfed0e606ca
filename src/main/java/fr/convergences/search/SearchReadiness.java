package fr.convergences.search;

import fr.convergences.base.operations.ReadinessCheck;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A node is ready to answer searches when its index has caught up with PostgreSQL: the updater runs, no rebuild is
 * under way, and at most {@code convergences.search.ready-max-lag} changes (500, one batch, by default) wait to be
 * applied. A node that joins with an empty index, or comes back after days, thus gets no visitors until its searches
 * would find what the other nodes find.
 */
@Singleton
public class SearchReadiness implements ReadinessCheck {

    private final IndexUpdater updater;
    private final IndexRebuilder rebuilder;
    private final long maxLag;

    public SearchReadiness(
            IndexUpdater updater,
            IndexRebuilder rebuilder,
            @Value("${convergences.search.ready-max-lag:500}") long maxLag) {
        this.updater = updater;
        this.rebuilder = rebuilder;
        this.maxLag = maxLag;
    }

    @Override
    public String name() {
        return "searchIndex";
    }

    @Override
    public Optional<String> notReadyBecause() {
        if (rebuilder.progress().state() == IndexRebuilder.State.RUNNING) {
            return Optional.of("the search index is being rebuilt");
        }
        if (!updater.isRunning()) {
            return Optional.of("the search-index updater is not running");
        }
        long lag = updater.lag();
        return lag > maxLag ? Optional.of(lag + " changes wait to be indexed") : Optional.empty();
    }
}
