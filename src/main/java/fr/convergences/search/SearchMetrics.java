package fr.convergences.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * The search index's meters: how many changes of the change log this node has not applied yet (the outbox lag; read
 * at each scrape, one indexed count) and how many documents its index holds. Search latency is timed by
 * {@code @Measured} on {@link SearchService#search}. Registered once the server has started, not as a
 * {@code MeterBinder}: binders are built with the registry, and this one's database would then be built inside the
 * registry's own creation, which the connection pool's metrics need first.
 */
@Singleton
public class SearchMetrics {

    private final IndexUpdater updater;
    private final SearchIndex index;
    private final MeterRegistry registry;

    public SearchMetrics(IndexUpdater updater, SearchIndex index, MeterRegistry registry) {
        this.updater = updater;
        this.index = index;
        this.registry = registry;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        Gauge.builder("convergences.search.outbox.lag", updater, IndexUpdater::lag)
                .description("changes recorded in PostgreSQL that this node's index has not applied yet")
                .register(registry);
        Gauge.builder("convergences.search.documents", index, SearchIndex::documentCount)
                .description("documents in this node's search index")
                .register(registry);
    }
}
