package fr.convergences.debate.paperform;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.contribution.mediation.Mediation;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.debate.DebateService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** Typing in paper forms collected outside debates (a social centre, a market stand): the place, then one form after another. */
@Route("consultations/:id/formulaires/saisie")
@StyleSheet("styles/debate.css")
@Prototype
public class PaperTranscriptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PaperForms paperForms;
    private final DebateService debates;
    private final CurrentUser currentUser;

    public PaperTranscriptionView(PaperForms paperForms, DebateService debates, CurrentUser currentUser) {
        this.paperForms = paperForms;
        this.debates = debates;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        if (!paperForms.canTranscribe(actor, id)) {
            throw new AccessDeniedException(Action.CONTRIBUTE_ON_BEHALF);
        }
        ConsultationDetails consultation = debates.consultation(id);
        TextField place = new TextField(getTranslation("debate.paper.field.place"));
        place.setId("paper-place");
        place.setMaxLength(Mediation.PLACE_MAX_LENGTH);
        place.setHelperText(getTranslation("debate.paper.field.place.help"));
        Div where = new Div(place);
        where.addClassName("narrow-form");
        add(
                new H1(getTranslation("debate.paper.transcribeTitle")),
                new Anchor("consultations/" + id, consultation.consultation().title()),
                new Paragraph(getTranslation("debate.paper.transcribeIntro")),
                where,
                new TranscriptionForm(
                        consultation.themes(),
                        debates.communes(id),
                        true,
                        capture -> paperForms.transcribe(
                                actor,
                                id,
                                capture.formNumber(),
                                new MediationForm(
                                        capture.words(),
                                        place.getValue(),
                                        null,
                                        capture.consent(),
                                        null,
                                        capture.ageBand()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.paper.transcribeTitle") + " · " + getTranslation("app.name");
    }
}
