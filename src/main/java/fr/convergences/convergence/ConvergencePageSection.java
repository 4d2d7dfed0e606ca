package fr.convergences.convergence;

import com.vaadin.flow.component.Component;
import fr.convergences.identity.Actor;
import java.util.Optional;

/**
 * A part of a convergence's page that a feature to the right adds (the motions and the actions that answer it), so that
 * convergence never depends on those features. Sections are shown in {@link #order()}.
 */
public interface ConvergencePageSection {

    int order();

    Optional<Component> section(long convergenceId, Actor viewer);
}
