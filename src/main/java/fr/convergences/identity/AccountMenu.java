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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * In the top bar: "Se connecter" for visitors (bringing them back to the page they were on); the person's name (to the
 * profile), "Mes contributions" and "Se déconnecter" once signed in.
 */
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
        currentUser
                .account()
                .ifPresentOrElse(
                        account -> {
                            Anchor profile = new Anchor("profil", account.displayName());
                            profile.setId("account-profile");
                            // The route belongs to the contribution feature, to the right: linked by its path, not its
                            // class.
                            Anchor mine = new Anchor(
                                    "mes-contributions", menu.getTranslation("identity.menu.myContributions"));
                            mine.setId("account-my-contributions");
                            Button logout = new Button(menu.getTranslation("identity.logout"), event -> signOut());
                            logout.setId("account-logout");
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            menu.add(profile, mine, logout);
                        },
                        () -> {
                            Anchor login = new Anchor("connexion", menu.getTranslation("identity.login.title"));
                            login.setId("account-login");
                            // Signing in brings the person back to the page they were reading, not to the home page.
                            login.addAttachListener(attach -> {
                                var registration = attach.getUI()
                                        .addAfterNavigationListener(navigation -> login.setHref(signInHref(
                                                navigation.getLocation().getPathWithQueryParameters())));
                                login.addDetachListener(detach -> registration.remove());
                                login.setHref(signInHref(
                                        attach.getUI().getActiveViewLocation().getPathWithQueryParameters()));
                            });
                            menu.add(login);
                        });
        return menu;
    }

    /** The sign-in page with the path to come back to; LoginView checks it again, as it comes from the address bar. */
    public static String signInHref(String path) {
        String back = "/" + path;
        if (path.isEmpty() || path.startsWith("connexion") || !LoginView.isLocalPath(back)) {
            return "connexion";
        }
        return "connexion?" + LoginView.RETURN_PARAMETER + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private static void signOut() {
        // Dropping the whole HTTP session forgets everything about the person on this browser.
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/");
    }
}
