package fr.convergences.territory.council;

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
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;

/** The page behind an invitation to a mandate: the signed-in person accepts the seat. */
@Route("invitation")
@RequiresSignIn
@Prototype
public class InvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MandateService mandates;
    private final CurrentUser currentUser;
    private final CouncilDirectory councils;
    private final StatusMessage status = new StatusMessage();
    private final Button accept = new Button();
    private String token = "";

    public InvitationView(MandateService mandates, CurrentUser currentUser, CouncilDirectory councils) {
        this.mandates = mandates;
        this.currentUser = currentUser;
        this.councils = councils;
        addClassName("narrow-form");
        status.setId("invitation-status");
        accept.setText(getTranslation("territory.invitation.accept"));
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(event -> acceptSeat());
        add(
                new H1(getTranslation("territory.invitation.title")),
                new Paragraph(getTranslation("territory.invitation.text")),
                status,
                accept);
    }

    private void acceptSeat() {
        try {
            Mandate mandate = mandates.accept(currentUser.actor(), token);
            String slug = councils.slugOf(mandate.councilId());
            status.success(getTranslation("territory.invitation.accepted"));
            accept.setVisible(false);
            Anchor composition = new Anchor(
                    "conseils/" + slug + "/composition", getTranslation("territory.invitation.seeComposition"));
            composition.setId("invitation-composition");
            add(composition);
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("jeton")
                .orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territory.invitation.title") + " · " + getTranslation("app.name");
    }
}
