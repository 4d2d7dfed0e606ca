package fr.convergences.base.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In demo mode ({@code --demo}), loads every feature's demo data at start-up. */
@Singleton
@Requires(property = DemoMode.PROPERTY, value = "true")
public class DemoMode {

    public static final String PROPERTY = "convergences.demo.enabled";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private final List<DemoData> demoData;

    public DemoMode(List<DemoData> demoData) {
        this.demoData = demoData;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        LOG.info("Demo mode: demo data loaded ({} features)", demoData.size());
    }
}
