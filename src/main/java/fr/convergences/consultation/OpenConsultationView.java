package fr.convergences.consultation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Action;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;

/** A council admin opens a consultation: its question, presentation, calendar and the communes concerned. */
@Route("conseils/:slug/consultations/nouvelle")
@Prototype
public class OpenConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory councils;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final Permissions permissions;

    public OpenConsultationView(
            CouncilDirectory councils,
            ConsultationService consultations,
            CurrentUser currentUser,
            Permissions permissions) {
        this.councils = councils;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.permissions = permissions;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        Council council = councils.bySlug(event.getRouteParameters().get("slug").orElse(""));
        long councilId = StoredId.of(council.id());
        permissions.require(currentUser.actor(), Action.OPEN_CONSULTATION, councilId);
        ConsultationFields fields = new ConsultationFields(consultations.territoryCommunes(councilId));
        fields.setContributionDates(LocalDate.now(), LocalDate.now().plusMonths(2));
        StatusMessage status = new StatusMessage();
        Button open = new Button(getTranslation("consultation.open"), click -> {
            try {
                Consultation opened = consultations.open(currentUser.actor(), councilId, fields.form());
                UI.getCurrent().navigate("consultations/" + opened.id());
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        open.setId("consultation-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("consultation.new.title", council.name())), status, fields, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.new.heading") + " · " + getTranslation("app.name");
    }
}
