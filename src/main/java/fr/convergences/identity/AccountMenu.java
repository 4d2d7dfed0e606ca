package fr.convergences.identity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import fr.convergences.base.ui.NavbarItem;
import jakarta.inject.Singleton;

/** In the top bar: "Se connecter" for visitors; the person's name (to the profile) and "Se déconnecter" once signed in. */
@Singleton
public class AccountMenu implements NavbarItem {

    private final CurrentUser currentUser;

    public AccountMenu(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        Div menu = new Div();
        menu.addClassName("account-menu");
        currentUser.account().ifPresentOrElse(account -> {
            Anchor profile = new Anchor("profil", account.displayName());
            profile.setId("account-profile");
            Button logout = new Button(menu.getTranslation("identity.logout"), event -> signOut());
            logout.setId("account-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            menu.add(profile, logout);
        }, () -> {
            Anchor login = new Anchor("connexion", menu.getTranslation("identity.login.title"));
            login.setId("account-login");
            menu.add(login);
        });
        return menu;
    }

    private static void signOut() {
        // Dropping the whole HTTP session forgets everything about the person on this browser.
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/");
    }
}
