package fr.convergences.debate.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import fr.convergences.debate.Registration;
import io.micronaut.context.annotation.Prototype;

/**
 * The links e-mailed to people registered without an account. Confirming happens on opening the link; cancelling
 * asks for a press of a button first, so that a mail scanner that opens links never cancels anyone's seat.
 */
@Route("debat-inscription/:action")
@Prototype
public class RegistrationLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;

    public RegistrationLinkView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("jeton")
                .orElse("");
        boolean cancelling =
                "annuler".equals(event.getRouteParameters().get("action").orElse(""));
        StatusMessage status = new StatusMessage();
        status.setId("registration-link-status");
        add(new H1(getTranslation(cancelling ? "debate.link.cancelTitle" : "debate.link.confirmTitle")), status);
        if (cancelling) {
            Button cancel = new Button(getTranslation("debate.link.cancelButton"));
            cancel.setId("registration-link-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClickListener(click -> {
                try {
                    long debate = registrations.cancelWithLink(token);
                    status.success(getTranslation("debate.link.cancelled"));
                    cancel.setVisible(false);
                    add(new Paragraph(new Anchor("debats/" + debate, getTranslation("debate.link.toDebate"))));
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            add(new Paragraph(getTranslation("debate.link.cancelQuestion")), cancel);
            return;
        }
        try {
            Registration registration = registrations.confirm(token);
            status.success(getTranslation(
                    "debate.registration.yours." + registration.status().name()));
            Anchor debate = new Anchor("debats/" + registration.debateId(), getTranslation("debate.link.toDebate"));
            debate.setId("registration-link-debate");
            add(new Paragraph(debate));
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.link.confirmTitle") + " · " + getTranslation("app.name");
    }
}
