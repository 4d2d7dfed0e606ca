package fr.convergences.contribution;

import com.vaadin.flow.component.Component;
import fr.convergences.identity.Actor;
import java.util.Optional;

/**
 * A part of a contribution's page that a feature to the right adds (the convergence it belongs to, the motion that
 * answers it), so that contribution never depends on those features. Sections are shown in {@link #order()}.
 */
public interface ContributionPageSection {

    int order();

    Optional<Component> section(long contributionId, Actor viewer);
}
