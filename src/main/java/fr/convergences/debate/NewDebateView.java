package fr.convergences.debate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** A debate organiser proposes a debate for a consultation; a moderator approves it before it is public. */
@Route("consultations/:id/debats/nouveau")
@StyleSheet("styles/debate.css")
@Prototype
public class NewDebateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateService debates;
    private final CurrentUser currentUser;

    public NewDebateView(DebateService debates, CurrentUser currentUser) {
        this.debates = debates;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        ConsultationDetails consultation = debates.consultation(id);
        if (!debates.canOrganise(actor, id)) {
            throw new AccessDeniedException(Action.ORGANISE_DEBATE);
        }
        DebateFields fields =
                new DebateFields(consultation.themes(), debates.communes(id), debates.organisationsOf(actor));
        StatusMessage status = new StatusMessage();
        status.setId("debate-status-message");
        Button save = new Button(getTranslation("debate.form.propose"));
        save.setId("debate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                DebateForm form = fields.form();
                java.util.Set<fr.convergences.base.PersonalDataDetector.Kind> masked =
                        debates.contactDetailsMasked(form);
                Debate saved = debates.create(actor, id, form);
                if (!masked.isEmpty()) {
                    fr.convergences.base.ui.Confirmation.show(
                            fr.convergences.contribution.MaskedNotice.notKept(this, masked));
                }
                UI.getCurrent().navigate("debats/" + saved.id());
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add(
                new H1(getTranslation("debate.form.newTitle")),
                new Anchor("consultations/" + id, consultation.consultation().title()),
                new Paragraph(getTranslation("debate.form.intro")),
                status,
                fields,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.form.newTitle") + " · " + getTranslation("app.name");
    }
}
