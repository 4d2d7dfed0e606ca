package fr.convergences.project;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

/**
 * Publishes the projet's application events, so that features to the left (notifications, a contribution's trail)
 * can follow without depending on this one. Published inside the changing transaction: a listener that must not act
 * on a rolled-back change listens with {@code @TransactionalEventListener}.
 */
@Singleton
public class ProjectEvents {

    private final ApplicationEventPublisher<ActionStatusChanged> actions;
    private final ApplicationEventPublisher<ProjectVersionChanged> versions;
    private final ApplicationEventPublisher<IndicatorCoAdopted> indicators;

    public ProjectEvents(
            ApplicationEventPublisher<ActionStatusChanged> actions,
            ApplicationEventPublisher<ProjectVersionChanged> versions,
            ApplicationEventPublisher<IndicatorCoAdopted> indicators) {
        this.actions = actions;
        this.versions = versions;
        this.indicators = indicators;
    }

    void actionStatusChanged(ActionStatusChanged event) {
        actions.publishEvent(event);
    }

    void versionChanged(ProjectVersionChanged event) {
        versions.publishEvent(event);
    }

    void indicatorCoAdopted(IndicatorCoAdopted event) {
        indicators.publishEvent(event);
    }
}
