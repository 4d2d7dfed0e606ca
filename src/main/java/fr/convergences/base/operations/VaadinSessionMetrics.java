package fr.convergences.base.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Vaadin sessions open on this node ({@code convergences.vaadin.sessions}) and started since start: a Vaadin session
 * and its UIs are the memory a node spends per visitor, so this is the figure that says when a node is full.
 * <p>
 * The counter is not named {@code ….sessions.created}: Prometheus reserves the {@code _created} suffix of a counter
 * (its creation time), so that name became {@code convergences_vaadin_sessions}, the gauge's, and one of the two
 * failed to register.
 */
@Singleton
public class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();
    private final Counter created;

    public VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("convergences.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(registry);
        this.created = Counter.builder("convergences.vaadin.sessions.started")
                .description("Vaadin sessions created since this node started")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            open.incrementAndGet();
            created.increment();
        });
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }

    /** Sessions open now. */
    public int open() {
        return open.get();
    }
}
