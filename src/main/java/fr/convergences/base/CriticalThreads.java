package fr.convergences.base;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background threads without which the platform only seems to work (the search-index updater, the voting
 * sealer): while one of them is dead, {@code /api/health} says DOWN, so that a supervisor restarts the process
 * instead of leaving a server that accepts contributions and ballots it no longer indexes or seals. Their loops
 * survive ordinary failures; what kills them is an {@link Error}, such as an OutOfMemoryError.
 */
@Singleton
public class CriticalThreads extends AbstractHealthIndicator<Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(CriticalThreads.class);

    private final Set<Thread> watched = ConcurrentHashMap.newKeySet();
    private final Set<Thread> reported = ConcurrentHashMap.newKeySet();

    /** Watches a started thread until {@link #release} says it was stopped on purpose. */
    public void watch(Thread thread) {
        watched.add(thread);
    }

    public void release(Thread thread) {
        watched.remove(thread);
    }

    /** The names of the watched threads. */
    public List<String> watched() {
        return watched.stream().map(Thread::getName).sorted().toList();
    }

    /** The names of the watched threads that have died. */
    public List<String> dead() {
        return watched.stream()
                .filter(thread -> !thread.isAlive())
                .map(Thread::getName)
                .sorted()
                .toList();
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        List<String> dead = dead();
        watched.stream()
                .filter(thread -> !thread.isAlive() && reported.add(thread))
                .forEach(thread -> LOG.error(
                        "The background thread {} has died: health is DOWN until the platform is restarted",
                        thread.getName()));
        healthStatus = dead.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
        return dead.isEmpty() ? Map.of("watched", watched()) : Map.of("dead", dead);
    }

    @Override
    protected String getName() {
        return "criticalThreads";
    }
}
