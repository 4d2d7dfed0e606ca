package fr.convergences.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.ui.StatusMessage;
import io.micronaut.context.annotation.Prototype;

/** The page behind the link of the confirmation e-mail. */
@Route("confirmation-email")
@Prototype
public class ConfirmEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;

    public ConfirmEmailView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("jeton")
                .orElse("");
        StatusMessage result = new StatusMessage();
        result.setId("confirmation-result");
        if (accountService.confirmEmail(token)) {
            result.success(getTranslation("identity.confirm.done"));
        } else {
            result.error(getTranslation("identity.confirm.invalid"));
        }
        add(
                new H1(getTranslation("identity.confirm.title")),
                result,
                new Anchor("connexion", getTranslation("identity.login.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.confirm.title") + " · " + getTranslation("app.name");
    }
}
