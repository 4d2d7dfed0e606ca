package fr.convergences.territory.council;

import com.vaadin.flow.component.Component;
import fr.convergences.identity.Actor;
import fr.convergences.territory.Council;

/**
 * A part of a council's administration page that a feature to the right adds (the voting rules of its règlement
 * intérieur, kept by motion), so that territory never depends on those features. Sections follow the page's own parts,
 * in {@link #order()}; the page is already refused to anyone who is not the council's admin, and each section's
 * service checks again.
 */
public interface CouncilAdminSection {

    int order();

    Component section(Council council, Actor actor);
}
