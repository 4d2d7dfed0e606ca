package fr.convergences.consultation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** A council admin edits a consultation: wording, calendar, communes, and its themes. */
@Route("consultations/:id/modifier")
@Prototype
public class EditConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final CurrentUser currentUser;

    public EditConsultationView(ConsultationService consultations, CurrentUser currentUser) {
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details =
                consultations.details(id); // first: an unknown id is "not found" (404), for anyone
        if (!consultations.canEdit(currentUser.actor(), id)) {
            throw new AccessDeniedException(Action.OPEN_CONSULTATION);
        }
        ConsultationFields fields = new ConsultationFields(
                consultations.territoryCommunes(details.consultation().councilId()));
        fields.fill(details);
        StatusMessage status = new StatusMessage();
        status.setId("consultation-status");
        Button save = new Button(getTranslation("consultation.edit.save"), click -> {
            try {
                consultations.update(currentUser.actor(), id, fields.form());
                UI.getCurrent().navigate("consultations/" + id);
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("consultation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation(
                        "consultation.edit.title", details.consultation().title())),
                new Anchor("consultations/" + id, getTranslation("consultation.edit.back")),
                status,
                fields,
                save,
                new H2(getTranslation("consultation.themes.title")),
                new ThemeEditor(consultations, currentUser.actor(), id, details.themes(), status));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.edit.heading") + " · " + getTranslation("app.name");
    }
}
