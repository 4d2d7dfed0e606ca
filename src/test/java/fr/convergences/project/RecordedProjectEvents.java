package fr.convergences.project;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to the projet's events in the test platform, as notifications will, so that tests can see what was published. */
@Singleton
@Requires(env = "test")
public class RecordedProjectEvents {

    final List<Object> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ActionStatusChanged event) {
        received.add(event);
    }

    @EventListener
    void on(ProjectVersionChanged event) {
        received.add(event);
    }

    @EventListener
    void on(IndicatorCoAdopted event) {
        received.add(event);
    }
}
