package fr.convergences.contribution;

import com.vaadin.flow.component.Component;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.identity.Actor;

/**
 * A section that a feature to the right of contributions adds to a consultation's page (the debates of the
 * consultation, for example), so that the page shows it without depending on that feature. Called on the UI
 * thread each time the page is built; a feature with nothing to show for this consultation returns an empty component.
 */
public interface ConsultationExtension {

    Component sectionFor(ConsultationDetails consultation, Actor actor);
}
