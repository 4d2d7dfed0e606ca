package fr.convergences.debate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** The organiser (or a council admin) changes a debate before it starts. */
@Route("debats/:id/modifier")
@StyleSheet("styles/debate.css")
@Prototype
public class EditDebateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateService debates;
    private final CurrentUser currentUser;

    public EditDebateView(DebateService debates, CurrentUser currentUser) {
        this.debates = debates;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        DebateForm current;
        try {
            current = debates.form(actor, id);
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            throw new AccessDeniedException(Action.ORGANISE_DEBATE);
        }
        Debate debate = debates.details(actor, id).debate();
        DebateFields fields = new DebateFields(
                debates.consultation(debate.consultationId()).themes(),
                debates.communes(debate.consultationId()),
                debates.organisationsOf(actor));
        fields.fill(current);
        StatusMessage status = new StatusMessage();
        status.setId("debate-status-message");
        Button save = new Button(getTranslation("debate.form.save"));
        save.setId("debate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                DebateForm form = fields.form();
                java.util.Set<fr.convergences.base.PersonalDataDetector.Kind> masked =
                        debates.contactDetailsMasked(form);
                debates.edit(actor, id, form);
                if (!masked.isEmpty()) {
                    fr.convergences.base.ui.Confirmation.show(
                            fr.convergences.contribution.MaskedNotice.notKept(this, masked));
                }
                UI.getCurrent().navigate("debats/" + id);
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add(
                new H1(getTranslation("debate.form.editTitle")),
                new Anchor("debats/" + id, debate.title()),
                status,
                fields,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.form.editTitle") + " · " + getTranslation("app.name");
    }
}
