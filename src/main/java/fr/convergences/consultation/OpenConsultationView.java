package fr.convergences.consultation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Action;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A council admin opens a consultation: its question and the dates of its phases. */
@Route("conseils/:slug/consultations/nouvelle")
@Prototype
public class OpenConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory councils;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final Permissions permissions;

    public OpenConsultationView(CouncilDirectory councils, ConsultationService consultations, CurrentUser currentUser, Permissions permissions) {
        this.councils = councils;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.permissions = permissions;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council = councils.bySlug(event.getRouteParameters().get("slug").orElse(""));
        permissions.require(currentUser.actor(), Action.OPEN_CONSULTATION, council.id());
        TextField title = new TextField(getTranslation("consultation.field.title"));
        title.setId("consultation-title");
        title.setMaxLength(Consultation.TITLE_MAX_LENGTH);
        TextField question = new TextField(getTranslation("consultation.field.question"));
        question.setId("consultation-question");
        question.setMaxLength(Consultation.QUESTION_MAX_LENGTH);
        TextArea description = new TextArea(getTranslation("consultation.field.description"));
        description.setId("consultation-description");
        description.setMaxLength(Consultation.DESCRIPTION_MAX_LENGTH);
        DatePicker start = new DatePicker(getTranslation("consultation.field.contributionsStart"), LocalDate.now());
        start.setId("consultation-start");
        DatePicker end = new DatePicker(getTranslation("consultation.field.contributionsEnd"), LocalDate.now().plusMonths(2));
        end.setId("consultation-end");
        DatePicker synthesis = new DatePicker(getTranslation("consultation.field.synthesisEnd"), LocalDate.now().plusMonths(3));
        synthesis.setId("consultation-synthesis");
        StatusMessage status = new StatusMessage();
        Button open = new Button(getTranslation("consultation.open"), click -> {
            try {
                List<ConsultationForm.PhaseDates> phases = new ArrayList<>();
                phases.add(new ConsultationForm.PhaseDates(PhaseKind.CONTRIBUTIONS, start.getValue(), end.getValue()));
                if (synthesis.getValue() != null && end.getValue() != null) {
                    phases.add(new ConsultationForm.PhaseDates(PhaseKind.SYNTHESIS, end.getValue(), synthesis.getValue()));
                }
                Consultation opened = consultations.open(currentUser.actor(), council.id(),
                        new ConsultationForm(title.getValue(), question.getValue(), description.getValue(), phases));
                UI.getCurrent().navigate("consultations/" + opened.id());
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        open.setId("consultation-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("consultation.new.title", council.name())), status, title, question, description, start, end, synthesis, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.new.heading") + " · " + getTranslation("app.name");
    }
}
