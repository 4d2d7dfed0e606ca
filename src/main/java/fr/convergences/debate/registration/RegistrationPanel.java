package fr.convergences.debate.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.Registration;
import fr.convergences.identity.Actor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Registering for a debate: one button for signed-in people (and one to cancel), a name and an e-mail address for
 * people without an account (confirmed by an e-mailed link). A full debate says so: newcomers go on its waiting list.
 */
public class RegistrationPanel extends Div {

    private final RegistrationService registrations;
    private final DebateService debates;
    private final Actor actor;
    private final long debateId;
    private final StatusMessage status = new StatusMessage();
    private final Div body = new Div();
    private final Div fullNotice = new Div();

    public RegistrationPanel(RegistrationService registrations, DebateService debates, Actor actor, long debateId) {
        this.registrations = registrations;
        this.debates = debates;
        this.actor = actor;
        this.debateId = debateId;
        setId("registration");
        addClassName("registration-panel");
        status.setId("registration-status");
        add(new H2(getTranslation("debate.registration.title")), status, fullNotice, body);
        fill();
    }

    private void fill() {
        body.removeAll();
        showFull(debates.details(actor, debateId).seatsLeft() == 0);
        if (actor.isAuthenticated()) {
            Optional<Registration> own = debates.tools(actor, debateId).ownRegistration();
            if (own.isPresent()) {
                Paragraph mine = new Paragraph(getTranslation(
                        "debate.registration.yours." + own.get().status().name()));
                mine.setId("own-registration");
                Button cancel = new Button(
                        getTranslation("debate.registration.cancel"),
                        click -> act(() -> registrations.cancelOwn(actor, debateId), "debate.registration.cancelled"));
                cancel.setId("registration-cancel");
                body.add(mine, cancel);
            } else {
                Button register = new Button(
                        getTranslation("debate.registration.submit"),
                        click -> act(() -> registrations.register(actor, debateId), null));
                register.setId("register");
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                body.add(register);
            }
            return;
        }
        TextField name = new TextField(getTranslation("debate.registration.name"));
        name.setId("registrant-name");
        name.setMaxLength(Registration.NAME_MAX_LENGTH);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("debate.registration.email"));
        email.setId("registrant-email");
        email.setHelperText(getTranslation("debate.registration.email.help"));
        Button register = new Button(getTranslation("debate.registration.submit"));
        register.setId("register-anonymous");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> {
            try {
                registrations.registerWithoutAccount(debateId, name.getValue(), email.getValue(), getLocale());
                status.success(getTranslation("debate.registration.checkMail", email.getValue()));
                name.clear();
                email.clear();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        Anchor signIn = new Anchor("connexion", getTranslation("debate.registration.signIn"));
        Div form = new Div(name, email, register);
        form.addClassName("narrow-form");
        body.add(new Paragraph(getTranslation("debate.registration.withoutAccount")), form, new Paragraph(signIn));
    }

    /** Says that the debate is full, or takes it back once a seat is freed: the page refreshes it while it is open. */
    public void showFull(boolean isFull) {
        if (isFull == (fullNotice.getComponentCount() > 0)) {
            return;
        }
        fullNotice.removeAll();
        if (isFull) {
            Paragraph full = new Paragraph(getTranslation("debate.registration.full"));
            full.setId("debate-full");
            fullNotice.add(full);
        }
    }

    private void act(Runnable action, @Nullable String doneKey) {
        try {
            action.run();
            fill();
            String done = doneKey != null
                    ? getTranslation(doneKey)
                    : debates.tools(actor, debateId)
                            .ownRegistration()
                            .map(own -> getTranslation(
                                    "debate.registration.yours." + own.status().name()))
                            .orElse("");
            status.success(done);
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
