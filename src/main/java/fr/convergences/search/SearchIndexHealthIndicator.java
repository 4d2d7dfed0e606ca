package fr.convergences.search;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.util.Map;

/** Reports the index UP only when its directory is writable and the index opens and reads. */
@Singleton
public class SearchIndexHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final SearchIndex index;

    public SearchIndexHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            int documents = index.documentCount();
            if (!Files.isDirectory(index.path()) || !Files.isWritable(index.path())) {
                healthStatus = HealthStatus.DOWN;
                return Map.of("error", "index directory missing or not writable");
            }
            healthStatus = HealthStatus.UP;
            return Map.of("documents", documents);
        } catch (RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected String getName() {
        return "searchIndex";
    }
}
